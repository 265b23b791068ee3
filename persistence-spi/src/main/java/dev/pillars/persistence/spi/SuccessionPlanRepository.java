package dev.pillars.persistence.spi;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.SuccessionPlan;
import java.util.stream.Stream;

/**
 * The succession plans of one tenant, one per key position, each with its version; a plan's id is
 * {@link SuccessionPlan#position()}.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. The
 * development pillar's erasure rule is in {@link PersonalDataRepository}.
 */
public interface SuccessionPlanRepository extends AggregateRepository<PositionId, SuccessionPlan> {
  /**
   * Streams the succession plans of the key positions of one unit,
   * with the same consistency and closing duties as {@link #stream()}; a store answers it from an
   * index rather than by reading the whole table.
   *
   * @param unit the unit
   * @return the matching aggregates in no particular order; the caller closes it
   * @throws NullPointerException if {@code unit} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<SuccessionPlan>> streamByUnit(OrgUnitId unit);

  /**
   * Streams the succession plans that name one employee as incumbent, candidate or emergency cover,
   * with the same consistency and closing duties as {@link #stream()}; a store answers it from an
   * index rather than by reading the whole table.
   *
   * @param employee the employee
   * @return the matching aggregates in no particular order; the caller closes it
   * @throws NullPointerException if {@code employee} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<SuccessionPlan>> streamNaming(EmployeeId employee);
}
