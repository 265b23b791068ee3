package dev.pillars.core.kpi;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.value.PillarsStyle;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What a KPI should reach: from a baseline to a target, with an optional threshold (the least that
 * still counts) and an optional stretch (beyond the target).
 *
 * <p>The direction of improvement is read from the numbers: a target above the baseline means
 * higher is better, below means lower is better. The threshold lies between baseline and target
 * (ends included) and the stretch beyond the target, in that direction.
 *
 * <p><b>Inside a range.</b> A target with a {@link #band()} is a {@link Direction#WITHIN_RANGE}
 * target: every value inside the band is as good as the target, and a value is worse the further it
 * lies outside the band. The baseline lies outside the band; its distance to the band is where
 * attainment reaches 0 (see {@link Attainment}). The target value lies inside the band ({@link
 * #within(double, double, double)} takes the band's midpoint); a threshold, if any, lies between
 * baseline and target as above; a stretch is not allowed, since nothing beats being inside the band.
 * Such a target is read as lower-is-better on the distance to the band.
 */
@Value.Immutable
@PillarsStyle
public abstract class KpiTarget {
  KpiTarget() {}

  /**
   * Returns the value measured before the goal started; attainment 0.
   *
   * @return the baseline
   */
  public abstract double baseline();

  /**
   * Returns the value the goal aims for; attainment 1.
   *
   * @return the target, different from the baseline
   */
  public abstract double target();

  /**
   * Returns the least value that still earns a payout, if the goal has one.
   *
   * @return the threshold, between baseline and target
   */
  public abstract OptionalDouble threshold();

  /**
   * Returns the value of exceptional performance beyond the target, if the goal has one.
   *
   * @return the stretch, beyond the target
   */
  public abstract OptionalDouble stretch();

  /**
   * Returns the band of good values of a {@link Direction#WITHIN_RANGE} target; empty for a
   * target that is better higher or lower.
   *
   * @return the band, holding {@link #target()} and not the {@link #baseline()}
   */
  public abstract Optional<Band> band();

  /**
   * Returns a target from {@code baseline} to {@code target} with no threshold and no stretch.
   *
   * @param baseline the starting value
   * @param target the value aimed for
   * @return the target
   * @throws InvalidInputException if a number is not finite or the two are equal
   */
  public static KpiTarget of(double baseline, double target) {
    return builder().baseline(baseline).target(target).build();
  }

  /**
   * Returns a {@link Direction#WITHIN_RANGE} target: values from {@code lower} to {@code upper} are
   * good, and attainment falls to 0 at the baseline's distance outside the band. The target value
   * is the band's midpoint.
   *
   * @param lower the smallest good value
   * @param upper the largest good value
   * @param baseline the starting value, outside the band
   * @return the target
   * @throws InvalidInputException if a number is not finite, {@code upper < lower}, or the
   *     baseline lies inside the band
   */
  public static KpiTarget within(double lower, double upper, double baseline) {
    Band band = Band.of(lower, upper);
    return builder().baseline(baseline).target(band.midpoint()).band(band).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether higher values are better for this target (the target is above the baseline).
   * For a {@link Direction#WITHIN_RANGE} target this says only that the band lies above the
   * baseline; use {@link #direction()} to tell the three directions apart.
   *
   * @return true if the target is above the baseline
   */
  public boolean higherIsBetter() {
    return target() > baseline();
  }

  /**
   * Returns the direction this target implies: {@link Direction#WITHIN_RANGE} if it has a band,
   * otherwise higher or lower is better as the target lies above or below the baseline.
   *
   * @return the direction
   */
  public Direction direction() {
    if (band().isPresent()) {
      return Direction.WITHIN_RANGE;
    }
    return higherIsBetter() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
  }

  /**
   * Keeps one zero: a target built with {@code -0.0} anywhere is replaced by the same target with
   * {@code 0.0} there ({@link Checks#positiveZero}), so that every store gives back an equal value.
   */
  @Value.Check
  KpiTarget normalized() {
    if (!hasNegativeZero()) {
      return this;
    }
    Builder normal = builder().baseline(Checks.positiveZero(baseline())).target(Checks.positiveZero(target()));
    threshold().ifPresent(t -> normal.threshold(Checks.positiveZero(t)));
    stretch().ifPresent(s -> normal.stretch(Checks.positiveZero(s)));
    band().ifPresent(normal::band);
    return normal.build();
  }

  private boolean hasNegativeZero() {
    return isNegativeZero(baseline())
        || isNegativeZero(target())
        || threshold().stream().anyMatch(KpiTarget::isNegativeZero)
        || stretch().stream().anyMatch(KpiTarget::isNegativeZero);
  }

  private static boolean isNegativeZero(double value) {
    return Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
  }

  @Value.Check
  void check() {
    Checks.finite("baseline", baseline());
    Checks.finite("target", target());
    Checks.require(target() != baseline(), "target", target(), "must differ from baseline " + baseline());
    Checks.require(
        Double.isFinite(target() - baseline()),
        "target",
        target(),
        "must lie a finite distance from baseline " + baseline());
    double sign = Math.signum(target() - baseline());
    if (threshold().isPresent()) {
      double t = Checks.finite("threshold", threshold().getAsDouble());
      Checks.require(
          (t - baseline()) * sign >= 0 && (target() - t) * sign >= 0,
          "threshold",
          t,
          "must lie between baseline " + baseline() + " and target " + target());
    }
    if (stretch().isPresent()) {
      double s = Checks.finite("stretch", stretch().getAsDouble());
      Checks.require(
          (s - target()) * sign > 0,
          "stretch",
          s,
          "must lie beyond target " + target() + " away from baseline " + baseline());
      Checks.require(
          Double.isFinite(s - baseline()), "stretch", s, "must lie a finite distance from baseline " + baseline());
    }
    if (band().isPresent()) {
      Band band = band().get();
      Checks.require(
          !band.contains(baseline()), "baseline", baseline(), "must lie outside the band " + band + " of a WITHIN_RANGE target");
      Checks.require(
          Double.isFinite(band.distance(baseline())),
          "baseline",
          baseline(),
          "must lie a finite distance from the band " + band);
      Checks.require(band.contains(target()), "target", target(), "must lie inside the band " + band);
      Checks.require(
          stretch().isEmpty(),
          "stretch",
          stretch().isPresent() ? stretch().getAsDouble() : null,
          "must be absent for a WITHIN_RANGE target: nothing beats being inside the band " + band);
    }
  }

  /** Builds a {@link KpiTarget}; each attribute may be set once. */
  public static final class Builder extends ImmutableKpiTarget.Builder {
    Builder() {}
  }
}
