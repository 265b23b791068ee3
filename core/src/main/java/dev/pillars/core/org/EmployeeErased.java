package dev.pillars.core.org;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.TenantId;
import dev.pillars.core.event.DomainEvent;
import java.time.Instant;

/**
 * An employee's personal data was erased. The event names only the pseudonym that now stands for
 * them, never the erased id, so keeping or forwarding it keeps no personal data.
 *
 * @param tenant the tenant
 * @param pseudonym the id that stands for the erased employee from now on
 * @param pseudonymised how many records now name the pseudonym instead
 * @param removed how many records were removed
 * @param redacted how many records lost free text the employee wrote
 * @param occurredAt when the erasure committed
 */
public record EmployeeErased(
    TenantId tenant, EmployeeId pseudonym, long pseudonymised, long removed, long redacted, Instant occurredAt)
    implements DomainEvent {
  /**
   * Creates the event.
   *
   * @param tenant the tenant
   * @param pseudonym the pseudonym
   * @param pseudonymised how many records were pseudonymised
   * @param removed how many records were removed
   * @param redacted how many records were redacted
   * @param occurredAt when the erasure committed
   * @throws NullPointerException if an argument is null
   */
  public EmployeeErased {
    requireNonNull(tenant, "tenant");
    requireNonNull(pseudonym, "pseudonym");
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public String aggregateId() {
    return pseudonym.value();
  }
}
