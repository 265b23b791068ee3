package dev.pillars.core.org;

import dev.pillars.core.TenantId;
import dev.pillars.core.event.DomainEvent;

/**
 * A change to a tenant's {@link Organisation}. The organisation is identified by its tenant, so
 * {@link #aggregateId()} is the tenant id. The set of events is closed, so a host can handle every
 * kind.
 */
public sealed interface OrganisationEvent extends DomainEvent permits EmployeeUpserted, EmployeeRemoved {
  /**
   * Returns the tenant whose organisation changed.
   *
   * @return the tenant
   */
  TenantId tenant();

  /**
   * Returns the employee the change is about.
   *
   * @return the employee's id
   */
  EmployeeId employeeId();

  /**
   * Returns the tenant id as text: one organisation per tenant.
   *
   * @return the tenant id
   */
  @Override
  default String aggregateId() {
    return tenant().value();
  }
}
