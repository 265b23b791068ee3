package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The payout curve exactly at and beyond the target, where a wrong segment differs from the right
 * one in the last bit, and with a stretch that doubles cannot tell from the target.
 */
class PayoutCurveMutationTest {
  /** 0.2 + (0.9 - 0.2) is 0.8999999999999999 in doubles: interpolating to the target is not exact. */
  private static final PayoutCurve INEXACT = PayoutCurve.of(0.2, 0.9, 1.5);

  @Test
  void atTheTargetTheCurvePaysExactlyTheTargetPayout() {
    assertThat(0.2 + (0.9 - 0.2)).isLessThan(0.9);
    KpiTarget withStretch = KpiTarget.builder().baseline(0).target(100).threshold(50).stretch(200).build();
    assertThat(INEXACT.payout(withStretch, 100)).isEqualTo(0.9);
    assertThat(INEXACT.payout(withStretch, 150)).isEqualTo(1.2);
    assertThat(INEXACT.payout(withStretch, 50)).isEqualTo(0.2);
  }

  @Test
  void withoutAStretchTheCurveIsFlatAtExactlyTheTargetPayoutFromTheTargetOn() {
    KpiTarget noStretch = KpiTarget.builder().baseline(0).target(100).threshold(50).build();
    assertThat(INEXACT.payout(noStretch, 100)).isEqualTo(0.9);
    assertThat(INEXACT.payout(noStretch, 130)).isEqualTo(0.9);
    assertThat(INEXACT.payout(noStretch, 1e9)).isEqualTo(0.9);
    KpiTarget lowerIsBetter = KpiTarget.builder().baseline(10).target(4).threshold(7).build();
    assertThat(INEXACT.payout(lowerIsBetter, 4)).isEqualTo(0.9);
    assertThat(INEXACT.payout(lowerIsBetter, 1)).isEqualTo(0.9);
  }

  @Test
  void aStretchThatDoublesCannotTellFromTheTargetPaysTheStretchPayoutFromTheTargetOn() {
    // (2 + 1e17) / (1 + 1e17) rounds to exactly 1: the stretch's attainment equals the target's
    KpiTarget far = KpiTarget.builder().baseline(-1e17).target(1).stretch(2).build();
    assertThat(Attainment.raw(far, 2)).isEqualTo(1.0);
    assertThat(PayoutCurve.standard().payout(far, 1)).isEqualTo(1.5);
    assertThat(PayoutCurve.standard().payout(far, 2)).isEqualTo(1.5);
    assertThat(PayoutCurve.standard().payout(far, -1e17)).isZero();
  }
}
