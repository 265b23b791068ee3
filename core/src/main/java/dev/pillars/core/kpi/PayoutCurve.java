package dev.pillars.core.kpi;

import dev.pillars.core.Checks;

/**
 * Maps a measured value to a payout factor through a target's threshold, target and stretch.
 *
 * <p>The curve is piecewise linear in the value, between these points:
 *
 * <ul>
 *   <li>at the threshold, {@link #thresholdPayout()} (0.5 by {@link #standard() default});
 *   <li>at the target, {@link #targetPayout()} (1.0 by default);
 *   <li>at the stretch, {@link #stretchPayout()} (1.5 by default), and flat at that payout beyond
 *       the stretch. A target without a stretch pays {@link #targetPayout()} flat from the target
 *       on.
 * </ul>
 *
 * <p>Below the threshold the curve pays nothing: with {@link BelowThreshold#CLIFF} (the default)
 * it steps from 0 up to the threshold payout at the threshold, as incentive plans usually read;
 * with {@link BelowThreshold#RAMP} it rises linearly from 0 at the baseline to the threshold payout
 * at the threshold, so that the whole curve is continuous. A target without a threshold starts at
 * the baseline with 0 and rises linearly to the target payout, in either mode.
 *
 * <p>The curve never decreases as the value gets better, for every direction (a {@link
 * Direction#WITHIN_RANGE} target is read by its distance to the band: see {@link Attainment}). It
 * is continuous at the target and the stretch; at the threshold it is continuous with {@code RAMP}
 * and steps up by exactly {@link #thresholdPayout()} with {@code CLIFF}. A threshold equal to the
 * baseline or to the target makes two points coincide, and the curve steps there too.
 *
 * @param thresholdPayout the payout at the threshold, at least 0
 * @param targetPayout the payout at the target, at least {@code thresholdPayout}
 * @param stretchPayout the payout at and beyond the stretch, at least {@code targetPayout}
 * @param belowThreshold what the curve pays between the baseline and the threshold
 */
public record PayoutCurve(
    double thresholdPayout, double targetPayout, double stretchPayout, BelowThreshold belowThreshold) {

  private static final PayoutCurve STANDARD = new PayoutCurve(0.5, 1.0, 1.5, BelowThreshold.CLIFF);

  /** What a payout curve pays between the baseline and the threshold. */
  public enum BelowThreshold {
    /** Nothing below the threshold; the payout steps up to the threshold payout at the threshold. */
    CLIFF,
    /** A linear rise from 0 at the baseline to the threshold payout at the threshold. */
    RAMP
  }

  /**
   * Creates a curve.
   *
   * @param thresholdPayout the payout at the threshold, at least 0
   * @param targetPayout the payout at the target, at least {@code thresholdPayout}
   * @param stretchPayout the payout at and beyond the stretch, at least {@code targetPayout}
   * @param belowThreshold what the curve pays between the baseline and the threshold
   * @throws NullPointerException if {@code belowThreshold} is null
   * @throws dev.pillars.core.InvalidInputException if a payout is not finite, the threshold payout
   *     is negative, or the payouts decrease from threshold to target to stretch
   */
  public PayoutCurve {
    Checks.nonNegative("thresholdPayout", thresholdPayout);
    Checks.finite("targetPayout", targetPayout);
    Checks.finite("stretchPayout", stretchPayout);
    Checks.require(
        targetPayout >= thresholdPayout,
        "targetPayout",
        targetPayout,
        "must not be below thresholdPayout " + thresholdPayout);
    Checks.require(
        stretchPayout >= targetPayout, "stretchPayout", stretchPayout, "must not be below targetPayout " + targetPayout);
    Checks.notNull("belowThreshold", belowThreshold);
  }

  /**
   * Returns the default curve: 0.5 at the threshold, 1.0 at the target, 1.5 at the stretch, a cliff
   * below the threshold.
   *
   * @return the standard curve
   */
  public static PayoutCurve standard() {
    return STANDARD;
  }

  /**
   * Returns a curve with the given points and a cliff below the threshold.
   *
   * @param thresholdPayout the payout at the threshold
   * @param targetPayout the payout at the target
   * @param stretchPayout the payout at and beyond the stretch
   * @return the curve
   * @throws dev.pillars.core.InvalidInputException if the payouts are not finite, negative or
   *     decreasing
   */
  public static PayoutCurve of(double thresholdPayout, double targetPayout, double stretchPayout) {
    return new PayoutCurve(thresholdPayout, targetPayout, stretchPayout, BelowThreshold.CLIFF);
  }

  /**
   * Returns this curve with another rule below the threshold.
   *
   * @param mode what to pay between baseline and threshold
   * @return the curve with the same points
   */
  public PayoutCurve withBelowThreshold(BelowThreshold mode) {
    return new PayoutCurve(thresholdPayout, targetPayout, stretchPayout, mode);
  }

  /**
   * Returns the payout for a measured value against a target.
   *
   * @param target the target with its threshold and stretch
   * @param value the measured value
   * @return the payout, from 0 to the largest payout point
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not finite
   */
  public double payout(KpiTarget target, double value) {
    double a = Attainment.raw(target, value);
    if (target.stretch().isPresent()) {
      if (a >= 1) {
        double stretch = Attainment.raw(target, target.stretch().getAsDouble());
        return segment(a, 1, targetPayout, stretch, stretchPayout);
      }
    } else if (a >= 1) {
      return targetPayout;
    }
    if (target.threshold().isPresent()) {
      double threshold = Attainment.raw(target, target.threshold().getAsDouble());
      if (a >= threshold) {
        return segment(a, threshold, thresholdPayout, 1, targetPayout);
      }
      if (belowThreshold == BelowThreshold.CLIFF || a <= 0) {
        return 0;
      }
      return segment(a, 0, 0, threshold, thresholdPayout);
    }
    if (a <= 0) {
      return 0;
    }
    return segment(a, 0, 0, 1, targetPayout);
  }

  /**
   * Returns the payout for a measured value of a KPI, after checking that the target points the
   * same way as the KPI.
   *
   * @param definition the KPI
   * @param target the target with its threshold and stretch
   * @param value the measured value
   * @return the payout
   * @throws dev.pillars.core.InvalidInputException if the target's direction differs from the
   *     KPI's, or {@code value} is not finite
   */
  public double payout(KpiDefinition definition, KpiTarget target, double value) {
    Checks.notNull("definition", definition);
    return payout(definition.requireCompatible(target), value);
  }

  /** Interpolates on the segment from (a0, y0) to (a1, y1), clamped to its ends; a step if a0 == a1. */
  private static double segment(double a, double a0, double y0, double a1, double y1) {
    if (a1 <= a0) {
      return a >= a1 ? y1 : y0;
    }
    double share = Math.min(1, Math.max(0, (a - a0) / (a1 - a0)));
    return Math.min(y1, Math.max(y0, y0 + share * (y1 - y0)));
  }
}
