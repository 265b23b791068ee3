package dev.pillars.scoring.attainment;

import dev.pillars.core.kpi.Attainment;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.PayoutCurve;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.internal.BuiltInStrategy;
import java.util.Optional;
import java.util.Set;

/**
 * The threshold / target / stretch payout curve: 0 below the threshold, then linear through the
 * payout points, flat beyond the stretch. Without a threshold the curve runs from 0 at the
 * baseline to the target payout; without a stretch it stays flat at the target payout beyond the
 * target. The payout is core's {@link PayoutCurve} with a cliff below the threshold; this class
 * adds the configuration and the receipt.
 */
final class PayoutCurveAttainment extends BuiltInStrategy implements AttainmentStrategy {
  static final String THRESHOLD_PAYOUT = "thresholdPayout";
  static final String TARGET_PAYOUT = "targetPayout";
  static final String STRETCH_PAYOUT = "stretchPayout";

  private final PayoutCurve curve;

  private PayoutCurveAttainment(StrategyConfig config, PayoutCurve curve) {
    super(config);
    this.curve = curve;
  }

  static PayoutCurveAttainment create(StrategyConfig config) {
    check(config, Set.of(PAYOUT_CURVE), Set.of(THRESHOLD_PAYOUT, TARGET_PAYOUT, STRETCH_PAYOUT));
    double t = config.number(THRESHOLD_PAYOUT, 0.5);
    double g = config.number(TARGET_PAYOUT, 1.0);
    double s = config.number(STRETCH_PAYOUT, 1.5);
    if (t < 0) {
      throw config.invalid(THRESHOLD_PAYOUT, t, "must be at least 0");
    }
    if (g <= 0 || g < t) {
      throw config.invalid(TARGET_PAYOUT, g, "must be above 0 and at least the threshold payout " + t);
    }
    if (s < g) {
      throw config.invalid(STRETCH_PAYOUT, s, "must be at least the target payout " + g);
    }
    return new PayoutCurveAttainment(config, PayoutCurve.of(t, g, s));
  }

  @Override
  public Set<Characteristic> characteristics() {
    return Set.of(Characteristic.MONOTONE);
  }

  @Override
  public Optional<Scale> range() {
    return Optional.of(Scale.of(0, curve.stretchPayout()));
  }

  @Override
  public Score attainment(double actual, KpiTarget target) {
    double raw = AttainmentReceipts.raw(actual, target);
    double result = curve.payout(target, actual);
    return AttainmentReceipts.score(config(), actual, target, raw, result, note(raw, target));
  }

  /** Names the curve's segment a raw attainment falls on, for the receipt. */
  private static String note(double raw, KpiTarget target) {
    boolean threshold = target.threshold().isPresent();
    double start = threshold ? Attainment.raw(target, target.threshold().getAsDouble()) : 0.0;
    if (raw < start || (!threshold && raw <= 0)) {
      return threshold ? "below threshold: no payout" : "at or below baseline: no payout";
    }
    if (raw < 1.0) {
      return "between " + (threshold ? "threshold" : "baseline") + " and target";
    }
    if (target.stretch().isEmpty()) {
      return raw > 1.0 ? "beyond target, no stretch: target payout" : "at target";
    }
    double end = Attainment.raw(target, target.stretch().getAsDouble());
    return raw >= end ? "at or beyond stretch: stretch payout" : "between target and stretch";
  }
}
