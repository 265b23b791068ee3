package dev.pillars.scoring.attainment;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.kpi.Band;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.ScoringStrategy;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.spi.StrategyProvider;
import java.util.List;

/**
 * Scores a measured value against a KPI target.
 *
 * <p>Direction is read from the target: when the target lies below the baseline, lower values are
 * better and the strategies mirror themselves; a target with a {@link KpiTarget#band() band} (a
 * {@link dev.pillars.core.kpi.Direction#WITHIN_RANGE within-range} target) is read by the measured
 * value's distance to the band. The built-ins take their arithmetic from core: the raw attainment
 * from {@link dev.pillars.core.kpi.Attainment#raw}, the floor and cap from {@link
 * dev.pillars.core.kpi.AttainmentPolicy}, the payout curve from {@link
 * dev.pillars.core.kpi.PayoutCurve}.
 *
 * <p><b>No score.</b> An attainment always has a score: it is given one measured value, and a KPI
 * not measured yet is the caller's "no score" (the cascade's missing-score policy), not the
 * strategy's. It never returns a {@link dev.pillars.scoring.NoScore}.
 *
 * <p>Duties of an implementation, besides those of {@link ScoringStrategy}: record the measured
 * value as the receipt line {@value #ACTUAL} and the target's numbers as the context facts {@value
 * #BASELINE}, {@value #TARGET} and, when present, {@value #THRESHOLD}, {@value #STRETCH}, and the
 * band's ends {@value #BAND_LOWER} and {@value #BAND_UPPER}, which is what {@link #replay(Receipt)}
 * reads back; or override {@code replay}.
 */
public interface AttainmentStrategy extends ScoringStrategy {
  /** Name of linear attainment: 0 at the baseline, 1 at the target, with a floor and optional cap. */
  String LINEAR = "linear";

  /** Name of the threshold / target / stretch payout curve. */
  String PAYOUT_CURVE = "payout-curve";

  /** Name of binary attainment: 1 when the target is reached, else 0 (OKR binary key results). */
  String BINARY = "binary";

  /** The receipt line of the measured value. */
  String ACTUAL = "actual";

  /** The context fact of the target's baseline. */
  String BASELINE = "baseline";

  /** The context fact of the target value. */
  String TARGET = "target";

  /** The context fact of the target's threshold, when it has one. */
  String THRESHOLD = "threshold";

  /** The context fact of the target's stretch, when it has one. */
  String STRETCH = "stretch";

  /** The context fact of the lower end of a within-range target's band, when it has one. */
  String BAND_LOWER = "bandLower";

  /** The context fact of the upper end of a within-range target's band, when it has one. */
  String BAND_UPPER = "bandUpper";

  /**
   * The context fact the built-ins record for information: the raw, unbounded attainment (0 at the
   * baseline, 1 at the target); replay does not read it.
   */
  String PROGRESS = "progress";

  /**
   * Scores a measured value against a target.
   *
   * @param actual the measured value, finite
   * @param target the target
   * @return the attainment with its receipt
   * @throws NullPointerException if {@code target} is null
   * @throws dev.pillars.core.InvalidInputException if {@code actual} is not finite
   */
  Score attainment(double actual, KpiTarget target);

  @Override
  default StrategyKind kind() {
    return StrategyKind.ATTAINMENT;
  }

  /**
   * Computes a receipt's score again from its measured value and target facts, including a
   * within-range target's band.
   *
   * @param receipt a receipt of this strategy
   * @return the same score, bit for bit
   * @throws NullPointerException if {@code receipt} is null
   * @throws dev.pillars.core.InvalidInputException if the receipt is not an attainment receipt of
   *     this strategy's configuration
   */
  default Score replay(Receipt receipt) {
    double actual = requireNonNull(receipt, "receipt").requireWrittenBy(this).requiredLine(ACTUAL);
    KpiTarget.Builder target = KpiTarget.builder().baseline(receipt.fact(BASELINE)).target(receipt.fact(TARGET));
    if (receipt.context().containsKey(THRESHOLD)) {
      target.threshold(receipt.fact(THRESHOLD));
    }
    if (receipt.context().containsKey(STRETCH)) {
      target.stretch(receipt.fact(STRETCH));
    }
    if (receipt.context().containsKey(BAND_LOWER) || receipt.context().containsKey(BAND_UPPER)) {
      target.band(Band.of(receipt.fact(BAND_LOWER), receipt.fact(BAND_UPPER)));
    }
    return attainment(actual, target.build());
  }

  /**
   * Returns linear attainment with a floor of 0 and no cap: {@code (actual - baseline) / (target -
   * baseline)}, at least 0.
   *
   * @return the strategy
   */
  static AttainmentStrategy linear() {
    return LinearAttainment.create(StrategyConfig.of(LINEAR));
  }

  /**
   * Returns linear attainment with a floor of 0 and a cap, such as 1.2 for "at most 120 %".
   *
   * @param cap the highest attainment, at least 1
   * @return the strategy
   * @throws dev.pillars.scoring.InvalidParameterException if {@code cap} is below 1 or not finite
   */
  static AttainmentStrategy linear(double cap) {
    return LinearAttainment.create(StrategyConfig.of(LINEAR).with(LinearAttainment.CAP, cap));
  }

  /**
   * Returns the payout curve 0.5 at threshold, 1.0 at target, 1.5 at stretch, 0 below threshold.
   *
   * @return the strategy
   */
  static AttainmentStrategy payoutCurve() {
    return PayoutCurveAttainment.create(StrategyConfig.of(PAYOUT_CURVE));
  }

  /**
   * Returns a payout curve through the given payout points, 0 below threshold, linear between
   * points, flat beyond stretch.
   *
   * @param thresholdPayout the payout at the threshold, at least 0
   * @param targetPayout the payout at the target, at least {@code thresholdPayout} and above 0
   * @param stretchPayout the payout at and beyond the stretch, at least {@code targetPayout}
   * @return the strategy
   * @throws dev.pillars.scoring.InvalidParameterException if the payouts are not ordered so
   */
  static AttainmentStrategy payoutCurve(double thresholdPayout, double targetPayout, double stretchPayout) {
    return PayoutCurveAttainment.create(
        StrategyConfig.of(PAYOUT_CURVE)
            .with(PayoutCurveAttainment.THRESHOLD_PAYOUT, thresholdPayout)
            .with(PayoutCurveAttainment.TARGET_PAYOUT, targetPayout)
            .with(PayoutCurveAttainment.STRETCH_PAYOUT, stretchPayout));
  }

  /**
   * Returns binary attainment, for OKR binary key results: 1.0 when the target is reached (in its
   * direction), else 0.0.
   *
   * @return the strategy
   */
  static AttainmentStrategy binary() {
    return BinaryAttainment.create(StrategyConfig.of(BINARY));
  }

  /**
   * Returns the providers of the built-in attainment strategies, which every {@code
   * StrategyRegistry} holds.
   *
   * @return the providers
   */
  static List<StrategyProvider> builtIns() {
    return List.of(
        StrategyProvider.of(LINEAR, StrategyKind.ATTAINMENT, LinearAttainment::create),
        StrategyProvider.of(PAYOUT_CURVE, StrategyKind.ATTAINMENT, PayoutCurveAttainment::create),
        StrategyProvider.of(BINARY, StrategyKind.ATTAINMENT, BinaryAttainment::create));
  }
}
