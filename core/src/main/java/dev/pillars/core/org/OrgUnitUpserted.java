package dev.pillars.core.org;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.TenantId;
import dev.pillars.core.event.DomainEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * An organisational unit was added, renamed or moved under another parent.
 *
 * @param tenant the tenant
 * @param unit the unit as it is now
 * @param previous the unit as it was; empty for a new unit
 * @param occurredAt when it changed
 */
public record OrgUnitUpserted(TenantId tenant, OrgUnit unit, Optional<OrgUnit> previous, Instant occurredAt)
    implements DomainEvent {
  /**
   * Creates the event.
   *
   * @param tenant the tenant
   * @param unit the unit as it is now
   * @param previous the unit as it was
   * @param occurredAt when it changed
   * @throws NullPointerException if an argument is null
   */
  public OrgUnitUpserted {
    requireNonNull(tenant, "tenant");
    requireNonNull(unit, "unit");
    requireNonNull(previous, "previous");
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public String aggregateId() {
    return unit.id().value();
  }
}
