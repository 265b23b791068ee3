package dev.pillars.testing.scoring;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.kpi.KpiTarget;

/**
 * One input of an attainment strategy: a measured value against a target. The value is not
 * checked, so that bad inputs (NaN, infinite) can be expressed.
 *
 * @param actual the measured value
 * @param target the target
 */
public record AttainmentCase(double actual, KpiTarget target) {
  /** Creates a case; the target must not be null. */
  public AttainmentCase {
    requireNonNull(target, "target");
  }

  /**
   * Returns this case with the measured value moved by {@code by} in the target's direction of
   * improvement.
   *
   * @param by how far to move, not negative
   * @return the moved case
   */
  public AttainmentCase improvedBy(double by) {
    return new AttainmentCase(actual + (target.higherIsBetter() ? by : -by), target);
  }
}
