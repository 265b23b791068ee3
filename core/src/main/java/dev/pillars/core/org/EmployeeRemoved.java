package dev.pillars.core.org;

import dev.pillars.core.Checks;
import dev.pillars.core.TenantId;
import java.time.Instant;

/**
 * An employee was removed from an organisation.
 *
 * @param tenant the tenant whose organisation changed
 * @param employee the employee as it was when removed
 * @param occurredAt when the change happened
 */
public record EmployeeRemoved(TenantId tenant, Employee employee, Instant occurredAt) implements OrganisationEvent {
  /**
   * Creates the event.
   *
   * @param tenant the tenant whose organisation changed
   * @param employee the employee as it was when removed
   * @param occurredAt when the change happened
   * @throws NullPointerException if a part is null
   */
  public EmployeeRemoved {
    Checks.notNull("tenant", tenant);
    Checks.notNull("employee", employee);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public EmployeeId employeeId() {
    return employee.id();
  }
}
