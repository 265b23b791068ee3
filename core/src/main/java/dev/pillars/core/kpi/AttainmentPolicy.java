package dev.pillars.core.kpi;

import dev.pillars.core.Checks;
import java.util.OptionalDouble;

/**
 * How a raw, linear attainment is bounded: whether it may fall below 0 and whether it is capped.
 *
 * <p>The raw attainment is 0 at the baseline and 1 at the target and continues linearly on both
 * sides (see {@link Attainment#raw(KpiTarget, double)}). A policy then applies a floor of 0 (or
 * none) and a cap (or none). A cap is at least 1, so reaching the target always scores exactly 1.
 *
 * <p>The {@link #standard()} policy, used wherever no policy is given, floors at 0 and does not
 * cap: a value worse than the baseline scores 0, and beating the target shows as more than 1 (the
 * {@link PayoutCurve} limits what over-achievement pays).
 *
 * @param floorAtZero whether values worse than the baseline score 0 rather than a negative number
 * @param cap the largest attainment, at least 1; empty for no cap
 */
public record AttainmentPolicy(boolean floorAtZero, OptionalDouble cap) {
  private static final AttainmentPolicy STANDARD = new AttainmentPolicy(true, OptionalDouble.empty());
  private static final AttainmentPolicy UNCAPPED = new AttainmentPolicy(false, OptionalDouble.empty());

  /**
   * Creates a policy.
   *
   * @param floorAtZero whether values worse than the baseline score 0 rather than a negative number
   * @param cap the largest attainment, at least 1; empty for no cap
   * @throws NullPointerException if {@code cap} is null
   * @throws dev.pillars.core.InvalidInputException if {@code cap} is present and not a finite number of at least 1
   */
  public AttainmentPolicy {
    Checks.notNull("cap", cap);
    if (cap.isPresent()) {
      Checks.require(
          Double.isFinite(cap.getAsDouble()) && cap.getAsDouble() >= 1,
          "cap",
          cap.getAsDouble(),
          "must be a finite number of at least 1, so that reaching the target scores 1");
    }
  }

  /**
   * Returns the default policy: floor at 0, no cap.
   *
   * @return the standard policy
   */
  public static AttainmentPolicy standard() {
    return STANDARD;
  }

  /**
   * Returns the policy that leaves the raw attainment as it is: no floor, no cap.
   *
   * @return the unbounded policy
   */
  public static AttainmentPolicy uncapped() {
    return UNCAPPED;
  }

  /**
   * Returns the policy that keeps attainment between 0 and 1.
   *
   * @return floor at 0, cap at 1
   */
  public static AttainmentPolicy cappedAtOne() {
    return cappedAt(1);
  }

  /**
   * Returns the policy that floors at 0 and caps at {@code max}, such as 1.5.
   *
   * @param max the largest attainment, at least 1
   * @return the policy
   * @throws dev.pillars.core.InvalidInputException if {@code max} is not finite or below 1
   */
  public static AttainmentPolicy cappedAt(double max) {
    return new AttainmentPolicy(true, OptionalDouble.of(max));
  }

  /**
   * Returns this policy without the floor: values worse than the baseline score below 0.
   *
   * @return a policy with the same cap and no floor
   */
  public AttainmentPolicy withoutFloor() {
    return new AttainmentPolicy(false, cap);
  }

  /**
   * Returns this policy with the floor at 0.
   *
   * @return a policy with the same cap and a floor at 0
   */
  public AttainmentPolicy withFloorAtZero() {
    return new AttainmentPolicy(true, cap);
  }

  /**
   * Bounds a raw attainment by this policy.
   *
   * @param raw the raw attainment
   * @return {@code raw}, raised to 0 if floored and lowered to the cap if capped
   * @throws dev.pillars.core.InvalidInputException if {@code raw} is not finite
   */
  public double apply(double raw) {
    Checks.finite("attainment", raw);
    double bounded = raw;
    if (floorAtZero) {
      bounded = Math.max(0, bounded);
    }
    if (cap.isPresent()) {
      bounded = Math.min(cap.getAsDouble(), bounded);
    }
    return bounded;
  }
}
