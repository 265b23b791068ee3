package dev.pillars.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.recognition.RecognitionReach;
import dev.pillars.core.recognition.UnitReach;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reach benchmark and its baseline do the same work: the same report for every unit. */
class RecognitionReachBenchmarkTest {
  @Test
  void theReportAndTheBaselineAgreeOnEveryUnit() {
    RecognitionReachBenchmark.Input input = new RecognitionReachBenchmark.Input();
    input.generate(2_000, 40, 4, 2_000);
    RecognitionReachBenchmark benchmark = new RecognitionReachBenchmark();

    RecognitionReach reach = benchmark.reach(input);
    Map<dev.pillars.core.org.OrgUnitId, UnitReach> baseline = benchmark.straightforward(input);

    assertThat(baseline).hasSize(input.organisation.units().size());
    for (OrgUnit unit : input.organisation.units()) {
      UnitReach ours = reach.unit(unit.id());
      UnitReach theirs = baseline.get(unit.id());
      assertThat(ours.recognised()).isEqualTo(theirs.recognised());
      assertThat(ours.notRecognised()).isEqualTo(theirs.notRecognised());
      assertThat(ours.recognitionsGini()).isCloseTo(theirs.recognitionsGini(), within(1e-12));
      assertThat(ours.pointsGini()).isCloseTo(theirs.pointsGini(), within(1e-12));
    }
    assertThat(reach.overall().recognised()).isNotEmpty();
    assertThat(reach.overall().notRecognised()).isNotEmpty();
  }
}
