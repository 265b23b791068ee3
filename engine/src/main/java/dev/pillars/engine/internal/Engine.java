package dev.pillars.engine.internal;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.TenantId;
import dev.pillars.engine.access.AccessPolicy;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.event.EventCodec;
import dev.pillars.engine.event.EventSink;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.engine.score.RollUpRule;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * What one {@code Pillars} instance shares between its calls: the host's store, clock, event
 * sink, access policy and retry limit, the live scores of every tenant, and the locks that keep
 * each aggregate's events in commit order. Instances share nothing with each other.
 */
public final class Engine {
  final PillarsStore store;
  final Clock clock;
  final EventSink events;
  final @Nullable EventCodec outbox;
  final AccessPolicy access;
  final int maxAttempts;
  final TenantCache cache;
  final RollUpRule rollUp;
  final AttainmentStrategy attainment;
  final AggregateLocks locks = new AggregateLocks(256);

  /**
   * Creates the engine's shared state.
   *
   * @param store the host's store
   * @param clock the clock every change is dated by
   * @param events where events go after commit
   * @param outbox how events are encoded into the store's outbox; null for no outbox
   * @param access the access policy
   * @param maxAttempts how many times an operation runs at most after optimistic conflicts
   * @param rollUp which strategy scores each goal from its children
   * @param attainment the strategy that scores a KPI-measured goal from its measurements
   */
  public Engine(
      PillarsStore store,
      Clock clock,
      EventSink events,
      @Nullable EventCodec outbox,
      AccessPolicy access,
      int maxAttempts,
      RollUpRule rollUp,
      AttainmentStrategy attainment) {
    this.store = requireNonNull(store, "store");
    this.clock = requireNonNull(clock, "clock");
    this.events = requireNonNull(events, "events");
    this.outbox = outbox;
    this.access = requireNonNull(access, "access");
    this.maxAttempts = maxAttempts;
    this.rollUp = requireNonNull(rollUp, "rollUp");
    this.attainment = requireNonNull(attainment, "attainment");
    this.cache = new TenantCache(store, rollUp, attainment);
  }

  /**
   * Returns the calls of one tenant made for one actor.
   *
   * @param tenant the tenant
   * @param actor the actor
   * @return the call context
   */
  public Call call(TenantId tenant, Actor actor) {
    return new Call(this, requireNonNull(tenant, "tenant"), requireNonNull(actor, "actor"));
  }

  /**
   * Returns the store.
   *
   * @return the store
   */
  public PillarsStore store() {
    return store;
  }

  /**
   * Forgets what the engine keeps of a tenant (its organisation and live scores); they load again
   * from the store on next use.
   *
   * @param tenant the tenant
   */
  public void forgetScores(TenantId tenant) {
    cache.forget(requireNonNull(tenant, "tenant"));
  }
}
