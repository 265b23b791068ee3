package dev.pillars.scoring.attainment;

import dev.pillars.core.Checks;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import java.util.Optional;
import java.util.Set;

/**
 * The threshold / target / stretch payout curve: 0 below the threshold, then linear through the
 * payout points, flat beyond the stretch. Without a threshold the curve runs from 0 at the
 * baseline to the target payout; without a stretch it stays flat at the target payout beyond the
 * target.
 */
final class PayoutCurveAttainment implements AttainmentStrategy {
  static final String THRESHOLD_PAYOUT = "thresholdPayout";
  static final String TARGET_PAYOUT = "targetPayout";
  static final String STRETCH_PAYOUT = "stretchPayout";

  private final StrategyConfig config;
  private final double thresholdPayout;
  private final double targetPayout;
  private final double stretchPayout;

  private PayoutCurveAttainment(StrategyConfig config, double thresholdPayout, double targetPayout, double stretchPayout) {
    this.config = config;
    this.thresholdPayout = thresholdPayout;
    this.targetPayout = targetPayout;
    this.stretchPayout = stretchPayout;
  }

  static PayoutCurveAttainment create(StrategyConfig config) {
    Checks.notNull("config", config);
    Checks.require(PAYOUT_CURVE.equals(config.name()), "strategy", config.name(), "must be " + PAYOUT_CURVE);
    config.requireOnly(Set.of(THRESHOLD_PAYOUT, TARGET_PAYOUT, STRETCH_PAYOUT));
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
    return new PayoutCurveAttainment(config, t, g, s);
  }

  @Override
  public StrategyConfig config() {
    return config;
  }

  @Override
  public Set<Characteristic> characteristics() {
    return Set.of(Characteristic.MONOTONE);
  }

  @Override
  public Optional<Scale> range() {
    return Optional.of(Scale.of(0, stretchPayout));
  }

  @Override
  public Score attainment(double actual, KpiTarget target) {
    AttainmentMath.check(actual, target);
    double p = AttainmentMath.progress(actual, target);
    double start = target.threshold().isPresent() ? AttainmentMath.progressOf(target.threshold().getAsDouble(), target) : 0.0;
    double startPayout = target.threshold().isPresent() ? thresholdPayout : 0.0;
    double result;
    String note;
    if (p < start) {
      result = 0.0;
      note = target.threshold().isPresent() ? "below threshold: no payout" : "at or below baseline: no payout";
    } else if (p < 1.0) {
      double share = (p - start) / (1.0 - start);
      result = Math.min(targetPayout, Math.max(startPayout, startPayout + share * (targetPayout - startPayout)));
      note = "between " + (target.threshold().isPresent() ? "threshold" : "baseline") + " and target";
    } else if (target.stretch().isEmpty()) {
      result = targetPayout;
      note = p > 1.0 ? "beyond target, no stretch: target payout" : "at target";
    } else {
      double end = AttainmentMath.progressOf(target.stretch().getAsDouble(), target);
      if (p >= end) {
        result = stretchPayout;
        note = "at or beyond stretch: stretch payout";
      } else {
        double share = (p - 1.0) / (end - 1.0);
        result = Math.min(stretchPayout, Math.max(targetPayout, targetPayout + share * (stretchPayout - targetPayout)));
        note = "between target and stretch";
      }
    }
    return AttainmentMath.score(config, actual, target, result, note);
  }

  @Override
  public String toString() {
    return config.toString();
  }
}
