package dev.pillars.scoring.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.registry.StrategyRegistry;
import org.junit.jupiter.api.Test;

/** What each built-in attainment writes on its receipt: the value, the segment's note, the facts. */
class AttainmentReceiptTest {
  private static final KpiTarget FULL = KpiTarget.builder().baseline(0).target(100).threshold(50).stretch(150).build();
  private static final KpiTarget PLAIN = KpiTarget.of(0, 100);

  private static Score payout(double actual, KpiTarget target) {
    return AttainmentStrategy.payoutCurve().attainment(actual, target);
  }

  private static void assertPayout(double actual, KpiTarget target, double value, String note) {
    Score score = payout(actual, target);
    assertThat(score.value()).as("payout at %s", actual).isEqualTo(value);
    assertThat(score.receipt().notes()).as("note at %s", actual).containsExactly(note);
    assertThat(AttainmentStrategy.payoutCurve().replay(score.receipt())).isEqualTo(score);
  }

  @Test
  void thePayoutCurveNamesTheSegmentEachActualFallsOn() {
    assertPayout(40, FULL, 0.0, "below threshold: no payout");
    assertPayout(50, FULL, 0.5, "between threshold and target");
    assertPayout(75, FULL, 0.75, "between threshold and target");
    assertPayout(100, FULL, 1.0, "between target and stretch");
    assertPayout(125, FULL, 1.25, "between target and stretch");
    assertPayout(150, FULL, 1.5, "at or beyond stretch: stretch payout");
    assertPayout(200, FULL, 1.5, "at or beyond stretch: stretch payout");
  }

  @Test
  void withoutThresholdOrStretchTheCurveRunsFromTheBaselineToTheTargetPayout() {
    assertPayout(-10, PLAIN, 0.0, "at or below baseline: no payout");
    assertPayout(0, PLAIN, 0.0, "at or below baseline: no payout");
    assertPayout(50, PLAIN, 0.5, "between baseline and target");
    assertPayout(100, PLAIN, 1.0, "at target");
    assertPayout(120, PLAIN, 1.0, "beyond target, no stretch: target payout");
  }

  @Test
  void theCurveFollowsLowerIsBetterTargetsToo() {
    KpiTarget defects = KpiTarget.builder().baseline(20).target(10).threshold(15).stretch(5).build();
    assertPayout(16, defects, 0.0, "below threshold: no payout");
    assertPayout(12.5, defects, 0.75, "between threshold and target");
    assertPayout(5, defects, 1.5, "at or beyond stretch: stretch payout");
  }

  @Test
  void theReceiptHoldsTheTargetsFactsAndTheRawAttainment() {
    Score score = payout(125, FULL);
    assertThat(score.receipt().context())
        .containsEntry(AttainmentStrategy.BASELINE, 0.0)
        .containsEntry(AttainmentStrategy.TARGET, 100.0)
        .containsEntry(AttainmentStrategy.THRESHOLD, 50.0)
        .containsEntry(AttainmentStrategy.STRETCH, 150.0)
        .containsEntry(AttainmentStrategy.PROGRESS, 1.25);
    assertThat(score.receipt().line(AttainmentStrategy.ACTUAL).orElseThrow().value()).isEqualTo(125.0);
    assertThat(AttainmentStrategy.payoutCurve().range()).contains(Scale.of(0, 1.5));
    assertThat(AttainmentStrategy.payoutCurve(0.2, 1.0, 2.0).range()).contains(Scale.of(0, 2.0));
  }

  @Test
  void customPayoutPointsMoveTheCurve() {
    AttainmentStrategy curve = AttainmentStrategy.payoutCurve(0.2, 0.8, 2.0);
    assertThat(curve.attainment(50, FULL).value()).isEqualTo(0.2);
    assertThat(curve.attainment(100, FULL).value()).isEqualTo(0.8);
    assertThat(curve.attainment(150, FULL).value()).isEqualTo(2.0);
    assertThat(AttainmentStrategy.payoutCurve(0, 1, 1).attainment(150, FULL).value()).isEqualTo(1.0);
    assertThat(AttainmentStrategy.payoutCurve(0.5, 0.5, 0.5).attainment(75, FULL).value()).isEqualTo(0.5);
  }

  @Test
  void payoutPointsOutOfOrderAreRejected() {
    assertThatThrownBy(() -> AttainmentStrategy.payoutCurve(-0.1, 1, 1.5))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("thresholdPayout").hasMessageContaining("must be at least 0");
    assertThatThrownBy(() -> AttainmentStrategy.payoutCurve(0, 0, 1.5))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("targetPayout").hasMessageContaining("must be above 0");
    assertThatThrownBy(() -> AttainmentStrategy.payoutCurve(0.8, 0.6, 1.5))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("targetPayout").hasMessageContaining("threshold payout 0.8");
    assertThatThrownBy(() -> AttainmentStrategy.payoutCurve(0.5, 1, 0.9))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("stretchPayout").hasMessageContaining("target payout 1.0");
  }

  @Test
  void linearNotesTheFloorAndTheCap() {
    StrategyRegistry registry = StrategyRegistry.builtIns();
    AttainmentStrategy floored = registry.attainment(StrategyConfig.of(AttainmentStrategy.LINEAR).with("floor", -0.5));
    Score low = floored.attainment(-80, PLAIN);
    assertThat(low.value()).isEqualTo(-0.5);
    assertThat(low.receipt().notes()).containsExactly("below the floor -0.5");
    assertThat(floored.attainment(-30, PLAIN).value()).isEqualTo(-0.3);
    assertThat(floored.attainment(-30, PLAIN).receipt().notes()).isEmpty();
    assertThat(AttainmentStrategy.linear().attainment(-30, PLAIN).value()).isEqualTo(0.0);
    assertThat(AttainmentStrategy.linear(1.2).attainment(120, PLAIN).receipt().notes()).isEmpty();
    assertThat(AttainmentStrategy.linear(1.2).range()).contains(Scale.of(0, 1.2));
    assertThat(AttainmentStrategy.linear().range()).isEmpty();
    assertThat(AttainmentStrategy.linear(1).attainment(150, PLAIN).value()).isEqualTo(1.0);
    assertThatThrownBy(() -> registry.attainment(StrategyConfig.of(AttainmentStrategy.LINEAR).with("floor", 0.1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("floor was 0.1");
    assertThatThrownBy(() -> AttainmentStrategy.linear(0.99))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("cap was 0.99");
  }

  @Test
  void binaryNotesWhetherTheTargetWasReached() {
    AttainmentStrategy binary = AttainmentStrategy.binary();
    assertThat(binary.attainment(100, PLAIN).value()).isEqualTo(1.0);
    assertThat(binary.attainment(100, PLAIN).receipt().notes()).containsExactly("target reached");
    assertThat(binary.attainment(99, PLAIN).value()).isEqualTo(0.0);
    assertThat(binary.attainment(99, PLAIN).receipt().notes()).containsExactly("target not reached");
    KpiTarget oven = KpiTarget.within(20, 24, 10);
    assertThat(binary.attainment(22, oven).value()).isEqualTo(1.0);
    assertThat(binary.attainment(22, oven).receipt().notes()).containsExactly("inside the band");
    assertThat(binary.attainment(22, oven).receipt().context())
        .containsEntry(AttainmentStrategy.BAND_LOWER, 20.0).containsEntry(AttainmentStrategy.BAND_UPPER, 24.0);
    assertThat(binary.replay(binary.attainment(22, oven).receipt())).isEqualTo(binary.attainment(22, oven));
    assertThat(binary.range()).contains(Scale.FRACTION);
  }

  @Test
  void aReceiptOfAnotherStrategyIsNotReplayed() {
    Score linear = AttainmentStrategy.linear().attainment(50, PLAIN);
    assertThatThrownBy(() -> AttainmentStrategy.binary().replay(linear.receipt()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("receipt.config");
    assertThat(AttainmentStrategy.linear().replay(linear.receipt())).isEqualTo(linear);
    assertThat(linear).isNotEqualTo(AttainmentStrategy.linear().attainment(60, PLAIN));
  }
}
