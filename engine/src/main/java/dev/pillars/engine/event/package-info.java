/**
 * Events as the engine delivers them: each domain event wrapped in a {@link
 * dev.pillars.engine.event.PublishedEvent} that adds its tenant, the actor and a unique id, handed
 * to the host's {@link dev.pillars.engine.event.EventSink} only after the unit of work that made
 * the change has committed, never for one that rolled back.
 */
@NullMarked
package dev.pillars.engine.event;

import org.jspecify.annotations.NullMarked;
