package dev.pillars.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.rating.RatingScale;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rater whose ratings vary by exactly a billionth of the scale's width is only shifted, like one
 * who varies less: the z-score needs a standard deviation above that bound, not at it.
 */
class ShiftThresholdTest {
  private static ProposedRating r(String employee, String rater, int level) {
    return new ProposedRating(EmployeeId.of(employee), EmployeeId.of(rater), level, OrgUnitId.of("u1"), "G1");
  }

  @Test
  void aStandardDeviationOfExactlyABillionthOfTheWidthIsOnlyShifted() {
    double bound = 1e-9 * 0x1p40; // a billionth of the width 2^40, exact: scaling by a power of two
    double b = 2 * bound; // r rates 0 and b: mean b / 2, standard deviation exactly b / 2 = bound
    RatingScale wide = RatingScale.of(List.of(-0x1p39, 0.0, b, 0x1p39), List.of("d", "c", "b", "a"));
    Calibrator calibrator = Calibrator.of(wide, Guideline.percent(10, 25, 25, 25, 25));
    CalibrationReport report = calibrator.calibrate(calibrator.input(
        List.of(r("a1", "r", 1), r("a2", "r", 2), r("b1", "q", 0), r("b2", "q", 3))));
    // shifted from r's mean b / 2 to the population's mean b / 4
    assertThat(report.zScore(0)).isEqualTo(-b / 4);
    assertThat(report.zScore(1)).isEqualTo(b - b / 2 + b / 4);
  }
}
