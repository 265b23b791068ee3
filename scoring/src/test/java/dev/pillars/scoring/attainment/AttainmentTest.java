package dev.pillars.scoring.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.kpi.Attainment;
import dev.pillars.core.kpi.AttainmentPolicy;
import dev.pillars.core.kpi.Band;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.PayoutCurve;
import dev.pillars.scoring.InvalidParameterException;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.registry.StrategyRegistry;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AttainmentTest {
  private static final Offset<Double> EPS = Offset.offset(1e-12);
  private static final KpiTarget SALES = KpiTarget.builder().baseline(100).target(200).threshold(150).stretch(300).build();
  private static final KpiTarget DEFECTS = KpiTarget.of(10, 5);

  @Test
  void linearRunsFromBaselineToTargetAndMirrorsForLowerIsBetter() {
    AttainmentStrategy linear = AttainmentStrategy.linear();
    assertThat(linear.attainment(150, SALES).value()).isEqualTo(0.5);
    assertThat(linear.attainment(250, SALES).value()).isEqualTo(1.5);
    assertThat(linear.attainment(50, SALES).value()).isEqualTo(0.0);
    assertThat(linear.attainment(7, DEFECTS).value()).isCloseTo(0.6, EPS);
    assertThat(linear.attainment(12, DEFECTS).value()).isEqualTo(0.0);
  }

  @Test
  void linearWithACapStopsThere() {
    Score capped = AttainmentStrategy.linear(1.2).attainment(250, SALES);
    assertThat(capped.value()).isEqualTo(1.2);
    assertThat(capped.receipt().notes()).containsExactly("capped at 1.2");
    assertThat(capped.receipt().context()).containsEntry("baseline", 100.0).containsEntry("target", 200.0)
        .containsEntry("threshold", 150.0).containsEntry("stretch", 300.0).containsEntry("progress", 1.5);
    assertThat(StrategyRegistry.builtIns().attainment(StrategyConfig.of("linear").with("floor", -0.5))
        .attainment(50, SALES).value()).isEqualTo(-0.5);
  }

  @Test
  void payoutCurvePassesThroughItsPoints() {
    AttainmentStrategy curve = AttainmentStrategy.payoutCurve();
    assertThat(curve.attainment(149.99, SALES).value()).isEqualTo(0.0);
    assertThat(curve.attainment(150, SALES).value()).isEqualTo(0.5);
    assertThat(curve.attainment(175, SALES).value()).isCloseTo(0.75, EPS);
    assertThat(curve.attainment(200, SALES).value()).isEqualTo(1.0);
    assertThat(curve.attainment(250, SALES).value()).isCloseTo(1.25, EPS);
    assertThat(curve.attainment(300, SALES).value()).isEqualTo(1.5);
    assertThat(curve.attainment(1_000, SALES).value()).isEqualTo(1.5);
  }

  @Test
  void payoutCurveWithoutThresholdOrStretchRunsFromBaselineAndStopsAtTarget() {
    AttainmentStrategy curve = AttainmentStrategy.payoutCurve(0.5, 1.0, 1.5);
    assertThat(curve.attainment(7.5, DEFECTS).value()).isEqualTo(0.5);
    assertThat(curve.attainment(10, DEFECTS).value()).isEqualTo(0.0);
    assertThat(curve.attainment(2, DEFECTS).value()).isEqualTo(1.0);
  }

  @Test
  void binaryKeyResultsAreReachedOrNot() {
    assertThat(AttainmentStrategy.binary().attainment(199.9, SALES).value()).isEqualTo(0.0);
    assertThat(AttainmentStrategy.binary().attainment(200, SALES).value()).isEqualTo(1.0);
    assertThat(AttainmentStrategy.binary().attainment(5, DEFECTS).value()).isEqualTo(1.0);
  }

  @Test
  void withinRangeTargetsAreReadByTheDistanceToTheBand() {
    KpiTarget oven = KpiTarget.within(20, 24, 30);
    assertThat(AttainmentStrategy.linear().attainment(27, oven).value()).isEqualTo(0.5);
    assertThat(AttainmentStrategy.linear().attainment(22, oven).value()).isEqualTo(1.0);
    assertThat(AttainmentStrategy.linear().attainment(16, oven).value()).isCloseTo(1.0 / 3, EPS);
    assertThat(AttainmentStrategy.linear().attainment(40, oven).value()).isEqualTo(0.0);
    assertThat(AttainmentStrategy.binary().attainment(24, oven).value()).isEqualTo(1.0);
    assertThat(AttainmentStrategy.binary().attainment(24.1, oven).receipt().notes()).containsExactly("outside the band");

    KpiTarget withThreshold = KpiTarget.builder().baseline(30).target(22).band(Band.of(20, 24)).threshold(27).build();
    AttainmentStrategy curve = AttainmentStrategy.payoutCurve();
    assertThat(curve.attainment(28, withThreshold).value()).isEqualTo(0.0);
    assertThat(curve.attainment(27, withThreshold).value()).isEqualTo(0.5);
    assertThat(curve.attainment(25.5, withThreshold).value()).isCloseTo(0.75, EPS);
    assertThat(curve.attainment(21, withThreshold).value()).isEqualTo(1.0);
    assertThat(curve.attainment(18.5, withThreshold).value()).isCloseTo(0.75, EPS);
  }

  @Test
  void bandReceiptsRecordTheBandAndReplay() {
    KpiTarget withThreshold = KpiTarget.builder().baseline(30).target(22).band(Band.of(20, 24)).threshold(27).build();
    for (AttainmentStrategy strategy :
        java.util.List.of(AttainmentStrategy.linear(), AttainmentStrategy.payoutCurve(), AttainmentStrategy.binary())) {
      Score score = strategy.attainment(25.5, withThreshold);
      assertThat(score.receipt().context())
          .containsEntry(AttainmentStrategy.BAND_LOWER, 20.0)
          .containsEntry(AttainmentStrategy.BAND_UPPER, 24.0)
          .containsEntry(AttainmentStrategy.THRESHOLD, 27.0)
          .containsEntry(AttainmentStrategy.PROGRESS, 0.75);
      assertThat(strategy.replay(score.receipt())).isEqualTo(score);
      assertThat(StrategyRegistry.builtIns().replay(score.receipt())).isEqualTo(score);
    }
  }

  @Test
  void theBuiltInsAgreeWithCoresArithmetic() {
    KpiTarget oven = KpiTarget.within(20, 24, 30);
    for (double v : new double[] {-5, 16, 19.9, 20, 22, 24, 25, 27, 29.99, 30, 31}) {
      for (KpiTarget t : java.util.List.of(SALES, DEFECTS, oven)) {
        assertThat(AttainmentStrategy.linear(1.2).attainment(v, t).value())
            .isEqualTo(Attainment.of(t, v, AttainmentPolicy.cappedAt(1.2)));
        assertThat(AttainmentStrategy.payoutCurve().attainment(v, t).value())
            .isEqualTo(PayoutCurve.standard().payout(t, v));
      }
    }
  }

  @Test
  void receiptsReplay() {
    Score score = AttainmentStrategy.payoutCurve().attainment(260, SALES);
    assertThat(StrategyRegistry.builtIns().replay(score.receipt())).isEqualTo(score);
  }

  @Test
  void rejectsBadParametersAndInputs() {
    assertThatThrownBy(() -> AttainmentStrategy.linear(0.9))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("linear.cap was 0.9: must be at least 1, so that the target stays reachable");
    assertThatThrownBy(() -> AttainmentStrategy.payoutCurve(0.6, 0.5, 1.5))
        .hasMessage("payout-curve.targetPayout was 0.5: must be above 0 and at least the threshold payout 0.6");
    assertThatThrownBy(() -> AttainmentStrategy.payoutCurve(0.5, 1.0, 0.9))
        .hasMessage("payout-curve.stretchPayout was 0.9: must be at least the target payout 1.0");
    assertThatThrownBy(() -> AttainmentStrategy.linear().attainment(Double.NaN, SALES))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("actual was NaN: must be a finite number");
    assertThatThrownBy(() -> AttainmentStrategy.linear().attainment(Double.MAX_VALUE, KpiTarget.of(-Double.MAX_VALUE / 2, 1)))
        .hasMessageContaining("must lie within a finite distance of the target");
  }
}
