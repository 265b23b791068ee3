/**
 * The entry point hosts call: {@link dev.pillars.engine.Pillars}, built once per application,
 * then {@code pillars.tenant(id).as(actor)} per request for the services of one tenant acting for
 * one actor.
 *
 * <pre>{@code
 * Pillars pillars = Pillars.builder()
 *     .store(store)                       // the host's PillarsStore
 *     .clock(clock)
 *     .events(events -> outbox.publish(events))
 *     .build();
 * Session ana = pillars.tenant(TenantId.of("acme")).as(Actor.person(EmployeeId.of("ana")));
 * ana.goals().checkIn(goalId, 0.4, 0.8, Optional.of("Pilot booked"));
 * ana.scores().of(goalId);                // kept current by the engine
 * }</pre>
 */
@NullMarked
package dev.pillars.engine;

import org.jspecify.annotations.NullMarked;
