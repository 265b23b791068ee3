package dev.pillars.persistence.spi;

import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.util.stream.Stream;

/**
 * The employee records of one tenant, each with its version: who people are, who manages them and
 * where they sit.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. An employee's
 * id is {@link Employee#id()}.
 *
 * <p>The repository stores employees as they are: like core's {@link Employee}, it leaves the rules
 * that span employees and units (the manager and the unit exist, the manager relation is a forest)
 * to the {@link dev.pillars.core.org.Organisation} that {@link OrganisationRepository#snapshot()}
 * assembles, so a host may write a whole organisation in any order within one unit of work.
 */
public interface EmployeeRepository extends AggregateRepository<EmployeeId, Employee> {

  /**
   * Streams the employees whose manager is {@code manager} (the direct reports), in no particular
   * order, with the same consistency and closing duties as {@link #stream()}.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @param manager the manager
   * @return the direct reports; empty if there are none or the manager is unknown; the caller
   *     closes it
   * @throws NullPointerException if {@code manager} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<Employee>> streamByManager(EmployeeId manager);

  /**
   * Streams the employees who belong to {@code unit} itself (not to its sub-units), in no
   * particular order, with the same consistency and closing duties as {@link #stream()}.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @param unit the organisational unit
   * @return the unit's own members; empty if there are none or the unit is unknown; the caller
   *     closes it
   * @throws NullPointerException if {@code unit} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<Employee>> streamByUnit(OrgUnitId unit);
}
