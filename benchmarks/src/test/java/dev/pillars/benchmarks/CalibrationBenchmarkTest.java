package dev.pillars.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.calibration.CalibrationReport;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The calibration benchmark and its baseline compute the same z-scores and forced levels. */
class CalibrationBenchmarkTest {
  @Test
  @SuppressWarnings("unchecked")
  void theLibraryAndTheBaselineAgreeOnASmallCycle() {
    CalibrationBenchmark.Cycle cycle = new CalibrationBenchmark.Cycle();
    cycle.setUp(300);
    CalibrationBenchmark benchmark = new CalibrationBenchmark();
    CalibrationReport report = benchmark.calibrate(cycle);
    Object[] baseline = benchmark.perManagerSorting(cycle);
    Map<EmployeeId, Double> z = (Map<EmployeeId, Double>) baseline[0];
    Map<EmployeeId, Integer> forced = (Map<EmployeeId, Integer>) baseline[1];
    assertThat(report.input().size()).isEqualTo(3_000);
    for (int i = 0; i < report.input().size(); i++) {
      ProposedRating r = report.input().ratings().get(i);
      assertThat(report.zScore(i)).isCloseTo(z.get(r.employee()), Offset.offset(1e-9));
      assertThat(report.forcedLevel(i)).isEqualTo(forced.get(r.employee()));
    }
    assertThat(report.plan().moves()).isNotEmpty();
    assertThat(report.plan().after().withinTolerance()).isTrue();
    assertThat(benchmark.prepareInput(cycle).ratings()).isEqualTo(report.input().ratings());
  }
}
