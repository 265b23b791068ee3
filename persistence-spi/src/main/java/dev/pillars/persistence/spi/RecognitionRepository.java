package dev.pillars.persistence.spi;

import dev.pillars.core.Period;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionId;
import java.util.stream.Stream;

/**
 * The recognitions of one tenant, each with its version.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. A
 * recognition's id is {@link Recognition#id()}. The repository stores recognitions as they are; the
 * points they award are spent from a {@link PointsBudgetRepository budget} by the domain service,
 * in the same unit of work.
 *
 * <p><b>Erasure</b> ({@link PersonalDataRepository#erase}): a recognition the erased employee gave
 * is kept with the pseudonym as its giver and its message unchanged, because it is about its
 * receivers; in a recognition they received with others, the pseudonym replaces them among the
 * receivers; a recognition whose only receiver they were is about them alone and is removed.
 */
public interface RecognitionRepository extends AggregateRepository<RecognitionId, Recognition> {

  /**
   * Streams the recognitions given on a day of the period, withdrawn or not, in no particular
   * order, with the same consistency and closing duties as {@link #stream()}.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @param period the period, both ends included
   * @return the recognitions given in it; the caller closes it
   * @throws NullPointerException if {@code period} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<Recognition>> streamGivenIn(Period period);

  /**
   * Streams the recognitions that name an employee as giver or receiver, in no particular order,
   * with the same consistency and closing duties as {@link #stream()}.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @param employee the employee
   * @return the recognitions they gave or received; the caller closes it
   * @throws NullPointerException if {@code employee} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<Recognition>> streamNaming(EmployeeId employee);
}
