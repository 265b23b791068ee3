package dev.pillars.persistence.spi;

import dev.pillars.core.coaching.CoachingSession;
import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.org.EmployeeId;
import java.util.stream.Stream;

/**
 * The coaching sessions of one tenant, each with its version; a session's id is {@link
 * CoachingSession#id()}.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. The
 * development pillar's erasure rule is in {@link PersonalDataRepository}.
 */
public interface CoachingSessionRepository extends AggregateRepository<CoachingSessionId, CoachingSession> {
  /**
   * Streams the coaching sessions one employee received,
   * with the same consistency and closing duties as {@link #stream()}; a store answers it from an
   * index rather than by reading the whole table.
   *
   * @param employee the employee
   * @return the matching aggregates in no particular order; the caller closes it
   * @throws NullPointerException if {@code employee} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<CoachingSession>> streamByEmployee(EmployeeId employee);
}
