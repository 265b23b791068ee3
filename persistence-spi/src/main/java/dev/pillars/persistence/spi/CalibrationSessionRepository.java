package dev.pillars.persistence.spi;

import dev.pillars.core.Checks;
import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.core.org.EmployeeId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The calibration sessions of one tenant, each with its version: the proposed ratings, the
 * calibrators, their notes and every adjustment applied.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. A session's id
 * is {@link CalibrationSession#id()}. A store keeps a session whole and gives it back equal to what
 * was written, its adjustments and notes in their order; it does not check who may read the notes
 * (the engine's access policy does).
 */
public interface CalibrationSessionRepository extends AggregateRepository<CalibrationSessionId, CalibrationSession> {
  /**
   * Pseudonymises every session that names an employee ({@link CalibrationSession#pseudonymised}),
   * each update adding one to its version; a store's {@link PersonalDataRepository#erase} calls it
   * in the erasure's unit of work.
   *
   * @param employee the erased employee
   * @param pseudonym the id that replaces theirs
   * @return the sessions pseudonymised and the notes removed (as redacted); nothing removed
   * @throws TransactionRequiredException if called outside a unit of work and a session names the
   *     employee
   */
  default ErasureReport pseudonymise(EmployeeId employee, EmployeeId pseudonym) {
    Checks.notNull("employee", employee);
    Checks.notNull("pseudonym", pseudonym);
    List<Versioned<CalibrationSession>> named;
    try (Stream<Versioned<CalibrationSession>> all = stream()) {
      named = all.filter(v -> v.value().names(employee)).collect(Collectors.toList());
    }
    long notes = 0;
    for (Versioned<CalibrationSession> session : named) {
      CalibrationSession erased = session.value().pseudonymised(employee, pseudonym);
      update(erased, session.version());
      notes += session.value().notes().size() - erased.notes().size();
    }
    return new ErasureReport(pseudonym, named.size(), 0, notes);
  }
}
