package dev.pillars.persistence.spi;

import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.oneonone.OneOnOneId;
import dev.pillars.core.org.EmployeeId;
import java.util.stream.Stream;

/**
 * The 1:1s of one tenant, each with its version. Everything {@link AggregateRepository} says holds
 * here; a 1:1's id is {@link OneOnOne#id()}. Private notes are stored with the 1:1; the engine shows
 * each only to its author.
 */
public interface OneOnOneRepository extends AggregateRepository<OneOnOneId, OneOnOne> {

  /**
   * Streams the 1:1s one employee takes part in, as manager or report, with the same consistency and
   * closing duties as {@link #stream()}.
   *
   * @param participant the employee
   * @return their 1:1s; the caller closes it
   * @throws NullPointerException if {@code participant} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<OneOnOne>> streamByParticipant(EmployeeId participant);
}
