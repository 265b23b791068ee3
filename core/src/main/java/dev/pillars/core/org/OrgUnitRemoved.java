package dev.pillars.core.org;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.TenantId;
import dev.pillars.core.event.DomainEvent;
import java.time.Instant;

/**
 * An organisational unit was removed.
 *
 * @param tenant the tenant
 * @param unit the unit as it was
 * @param occurredAt when it was removed
 */
public record OrgUnitRemoved(TenantId tenant, OrgUnit unit, Instant occurredAt) implements DomainEvent {
  /**
   * Creates the event.
   *
   * @param tenant the tenant
   * @param unit the unit as it was
   * @param occurredAt when it was removed
   * @throws NullPointerException if an argument is null
   */
  public OrgUnitRemoved {
    requireNonNull(tenant, "tenant");
    requireNonNull(unit, "unit");
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public String aggregateId() {
    return unit.id().value();
  }
}
