package dev.pillars.persistence.spi;

import dev.pillars.core.org.Organisation;

/**
 * The organisation of one tenant as one validated value: its units and employees, read together.
 *
 * <p>It writes nothing; employees and units are written through {@link EmployeeRepository} and
 * {@link OrgUnitRepository}.
 *
 * <p><b>Duties of an implementation.</b> The repository of a tenant store is thread-safe; that of a
 * unit of work is used by one thread at a time. A snapshot reflects one consistent state, like a
 * stream: all or none of the writes of any committed unit of work (plus, inside a unit of work, its
 * own writes made before the call).
 */
public interface OrganisationRepository {

  /**
   * Returns the tenant's organisation: every stored unit and employee, ordered by id, read from one
   * consistent state and validated by {@link Organisation#of}.
   *
   * <p>The store does not check, when employees and units are written, that managers and units
   * exist or that the manager and parent relations are forests; the snapshot does. If the stored
   * data breaks such a rule (a host wrote an employee whose manager it never wrote), the snapshot
   * fails with the exception {@link Organisation#of} throws, naming the first broken reference or
   * the cycle, and the store is unchanged.
   *
   * <p>Cost: it reads every unit and employee of the tenant and builds the organisation's indices,
   * in time and memory linear in their number.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's, one
   * thread at a time.
   *
   * @return the organisation; empty (no units, no employees) for a tenant without any
   * @throws dev.pillars.core.UnknownReferenceException if a stored employee names a manager or unit,
   *     or a stored unit a parent, that is not stored
   * @throws dev.pillars.core.InvalidInputException if the stored managers or unit parents form a
   *     cycle
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Organisation snapshot();
}
