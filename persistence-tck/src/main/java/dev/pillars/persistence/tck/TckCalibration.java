package dev.pillars.persistence.tck;

import dev.pillars.core.calibration.Adjustment;
import dev.pillars.core.calibration.CalibrationNote;
import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.ReviewCycleId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Valid, varied calibration sessions for the contracts. */
final class TckCalibration {
  private static final RatingScale FIVE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0),
      List.of("unsatisfactory", "developing", "solid", "exceeds", "outstanding"));
  private static final RatingScale THREE = RatingScale.of(List.of(0.0, 0.5, 1.0), List.of("below", "meets", "above"));

  private TckCalibration() {}

  /**
   * Returns a session: variants differ in scale, population, calibrators, number of ratings,
   * adjustments (with reasons in several scripts), notes, and whether it is closed.
   */
  static CalibrationSession session(CalibrationSessionId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    RatingScale scale = v % 2 == 0 ? FIVE : THREE;
    int levels = scale.levels().size();
    boolean byUnit = v % 3 == 1;
    Population population = byUnit ? Population.unit(OrgUnitId.of("unit-" + v % 4)) : v % 3 == 2
        ? Population.grade("G" + v % 5) : Population.cycle();
    Set<EmployeeId> calibrators = new LinkedHashSet<>();
    calibrators.add(EmployeeId.of("hr-" + v % 2));
    if (v % 4 >= 2) {
      calibrators.add(EmployeeId.of("director-" + v));
    }
    EmployeeId calibrator = calibrators.iterator().next();
    List<ProposedRating> proposed = new ArrayList<>();
    for (int i = 0; i < 1 + v % 4; i++) {
      proposed.add(new ProposedRating(EmployeeId.of("e" + i + "-" + v), EmployeeId.of("m" + i % 3),
          (i + v) % levels, OrgUnitId.of(byUnit ? "unit-" + v % 4 : "unit-" + i), v % 3 == 2 ? "G" + v % 5 : "G" + i % 2));
    }
    Instant at = Instant.parse("2026-07-01T09:00:00Z").plusSeconds(v);
    List<Adjustment> adjustments = new ArrayList<>();
    for (int a = 0; a < v % 5 && a < proposed.size(); a++) {
      ProposedRating r = proposed.get(a);
      adjustments.add(new Adjustment(r.employee(), calibrator, at, r.level(), (r.level() + 1 + a % (levels - 1)) % levels,
          a % 2 == 0 ? "moved to meet the guideline" : "équipe déjà notée 🙂"));
    }
    List<CalibrationNote> notes = v % 3 == 0
        ? List.of(new CalibrationNote(calibrator, at, "note " + v + ": manager new to the team"))
        : List.of();
    CalibrationSession session = CalibrationSession.restore(id, ReviewCycleId.of("2026-h" + (1 + v % 2)), population,
        scale, calibrators, proposed, notes, adjustments, v % 5 == 4);
    return session;
  }
}
