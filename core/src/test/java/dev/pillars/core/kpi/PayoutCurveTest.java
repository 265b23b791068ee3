package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pillars.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class PayoutCurveTest {
  /** Defect rate from 5.0 to 3.5, paying from 4.5 and most at 3.0. */
  private static final KpiTarget DEFECTS =
      KpiTarget.builder().baseline(5.0).target(3.5).threshold(4.5).stretch(3.0).build();

  @Test
  void theStandardCurvePaysHalfAtTheThresholdOneAtTheTargetAndOneAndAHalfAtTheStretch() {
    PayoutCurve curve = PayoutCurve.standard();
    assertThat(curve).isEqualTo(new PayoutCurve(0.5, 1.0, 1.5, PayoutCurve.BelowThreshold.CLIFF));
    assertThat(curve.payout(DEFECTS, 4.6)).isEqualTo(0.0);
    assertThat(curve.payout(DEFECTS, 4.5)).isEqualTo(0.5);
    assertThat(curve.payout(DEFECTS, 4.0)).isCloseTo(0.75, within(1e-12));
    assertThat(curve.payout(DEFECTS, 3.5)).isEqualTo(1.0);
    assertThat(curve.payout(DEFECTS, 3.25)).isCloseTo(1.25, within(1e-12));
    assertThat(curve.payout(DEFECTS, 3.0)).isEqualTo(1.5);
    assertThat(curve.payout(DEFECTS, 1.0)).isEqualTo(1.5);
  }

  @Test
  void aRampRisesFromTheBaselineToTheThreshold() {
    PayoutCurve ramp = PayoutCurve.standard().withBelowThreshold(PayoutCurve.BelowThreshold.RAMP);
    assertThat(ramp.payout(DEFECTS, 5.0)).isEqualTo(0.0);
    assertThat(ramp.payout(DEFECTS, 4.75)).isCloseTo(0.25, within(1e-12));
    assertThat(ramp.payout(DEFECTS, 4.5)).isEqualTo(0.5);
    assertThat(ramp.payout(DEFECTS, 6.0)).isEqualTo(0.0);
  }

  @Test
  void withoutThresholdTheCurveStartsAtTheBaselineAndWithoutStretchItIsFlatAfterTheTarget() {
    KpiTarget plain = KpiTarget.of(100, 120);
    PayoutCurve curve = PayoutCurve.of(0.5, 1.0, 2.0);
    assertThat(curve.payout(plain, 100)).isEqualTo(0.0);
    assertThat(curve.payout(plain, 110)).isEqualTo(0.5);
    assertThat(curve.payout(plain, 120)).isEqualTo(1.0);
    assertThat(curve.payout(plain, 150)).isEqualTo(1.0);
  }

  @Test
  void aBandTargetPaysByItsDistanceToTheBand() {
    KpiTarget band = KpiTarget.builder().baseline(28).target(22).band(Band.of(20, 24)).threshold(26).build();
    PayoutCurve curve = PayoutCurve.standard();
    assertThat(curve.payout(band, 27)).isEqualTo(0.0);
    assertThat(curve.payout(band, 26)).isEqualTo(0.5);
    assertThat(curve.payout(band, 25)).isCloseTo(0.75, within(1e-12));
    assertThat(curve.payout(band, 21)).isEqualTo(1.0);
    assertThat(curve.payout(band, 18)).isEqualTo(0.5);
  }

  @Test
  void pointsThatAreNotFiniteNegativeOrDecreasingAreRejected() {
    assertThatThrownBy(() -> PayoutCurve.of(-0.1, 1, 1.5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("thresholdPayout was -0.1: must be zero or positive and finite");
    assertThatThrownBy(() -> PayoutCurve.of(0.5, 0.4, 1.5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("targetPayout was 0.4: must not be below thresholdPayout 0.5");
    assertThatThrownBy(() -> PayoutCurve.of(0.5, 1, 0.9))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("stretchPayout was 0.9: must not be below targetPayout 1.0");
    assertThatThrownBy(() -> PayoutCurve.of(0.5, Double.NaN, 1.5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("targetPayout was NaN: must be a finite number");
    assertThatThrownBy(() -> PayoutCurve.standard().payout(DEFECTS, Double.NaN))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aTargetPointingTheOtherWayThanItsKpiIsRejected() {
    KpiDefinition output = KpiDefinitionTest.definition(Direction.HIGHER_IS_BETTER);
    assertThatThrownBy(() -> PayoutCurve.standard().payout(output, DEFECTS, 4.0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be HIGHER_IS_BETTER");
  }
}
