package dev.pillars.core.org;

import dev.pillars.core.Checks;
import dev.pillars.core.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * An employee was added to an organisation, or an employee's data was replaced.
 *
 * @param tenant the tenant whose organisation changed
 * @param employee the employee as it is now
 * @param previous the employee as it was before, or empty if it was added
 * @param occurredAt when the change happened
 */
public record EmployeeUpserted(TenantId tenant, Employee employee, Optional<Employee> previous, Instant occurredAt)
    implements OrganisationEvent {
  /**
   * Creates the event.
   *
   * @param tenant the tenant whose organisation changed
   * @param employee the employee as it is now
   * @param previous the employee as it was before, or empty if it was added
   * @param occurredAt when the change happened
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if {@code previous} is another employee
   */
  public EmployeeUpserted {
    Checks.notNull("tenant", tenant);
    Checks.notNull("employee", employee);
    Checks.notNull("previous", previous);
    Checks.notNull("occurredAt", occurredAt);
    previous.ifPresent(p ->
        Checks.require(p.id().equals(employee.id()), "previous", p.id(), "must be the employee " + employee.id()));
  }

  @Override
  public EmployeeId employeeId() {
    return employee.id();
  }
}
