package dev.pillars.persistence.spi;

import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.org.EmployeeId;
import java.util.stream.Stream;

/**
 * The development plans of one tenant, each with its version; a plan's id is {@link
 * DevelopmentPlan#id()}. A plan's development goals are ordinary goals, stored by the {@link
 * GoalRepository}; the plan keeps their ids.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. The
 * development pillar's erasure rule is in {@link PersonalDataRepository}.
 */
public interface DevelopmentPlanRepository extends AggregateRepository<PlanId, DevelopmentPlan> {
  /**
   * Streams the development plans of one employee,
   * with the same consistency and closing duties as {@link #stream()}; a store answers it from an
   * index rather than by reading the whole table.
   *
   * @param employee the employee
   * @return the matching aggregates in no particular order; the caller closes it
   * @throws NullPointerException if {@code employee} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<DevelopmentPlan>> streamByEmployee(EmployeeId employee);
}
