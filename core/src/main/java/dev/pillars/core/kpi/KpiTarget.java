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
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether higher values are better for this target (the target is above the baseline).
   *
   * @return true if the target is above the baseline
   */
  public boolean higherIsBetter() {
    return target() > baseline();
  }

  @Value.Check
  void check() {
    Checks.finite("baseline", baseline());
    Checks.finite("target", target());
    Checks.require(target() != baseline(), "target", target(), "must differ from baseline " + baseline());
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
    }
  }

  /** Builds a {@link KpiTarget}; each attribute may be set once. */
  public static final class Builder extends ImmutableKpiTarget.Builder {
    Builder() {}
  }
}
