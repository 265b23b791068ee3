package dev.pillars.engine;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.TenantId;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.event.OutboxRelay;
import dev.pillars.engine.internal.Engine;

/** The engine's view of one tenant; {@link #as(Actor)} gives its services for one actor. */
public final class Tenant {
  private final Engine engine;
  private final TenantId id;

  Tenant(Engine engine, TenantId id) {
    this.engine = engine;
    this.id = id;
  }

  /**
   * Returns the tenant's id.
   *
   * @return the id
   */
  public TenantId id() {
    return id;
  }

  /**
   * Returns the tenant's services, acting for one actor.
   *
   * @param actor who the calls are made for
   * @return the session
   * @throws NullPointerException if {@code actor} is null
   */
  public Session as(Actor actor) {
    return new Session(engine.call(id, requireNonNull(actor, "actor")));
  }

  /**
   * Drops what the engine keeps of this tenant in memory (its organisation and its scores), so the
   * next call reads them from the store afresh.
   */
  public void reload() {
    engine.forgetScores(id);
  }

  /**
   * Returns the relay that publishes this tenant's outbox (see {@link Pillars.Builder#outbox}).
   *
   * @return the relay
   */
  public OutboxRelay outbox() {
    return new OutboxRelay(engine.store().forTenant(id));
  }

  @Override
  public String toString() {
    return "Tenant[" + id.value() + "]";
  }
}
