package dev.pillars.persistence.spi;

import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.org.EmployeeId;
import java.util.stream.Stream;

/**
 * The competency assessments of one tenant, each with its version; an assessment's id is {@link
 * Assessment#id()}.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. The
 * development pillar's erasure rule is in {@link PersonalDataRepository}.
 */
public interface AssessmentRepository extends AggregateRepository<AssessmentId, Assessment> {
  /**
   * Streams the assessments of one employee (whoever assessed them),
   * with the same consistency and closing duties as {@link #stream()}; a store answers it from an
   * index rather than by reading the whole table.
   *
   * @param employee the employee
   * @return the matching aggregates in no particular order; the caller closes it
   * @throws NullPointerException if {@code employee} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<Assessment>> streamByEmployee(EmployeeId employee);
}
