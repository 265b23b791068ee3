package dev.pillars.testing.scoring;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.kpi.Band;
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
   * improvement. For a within-range target (one with a {@link KpiTarget#band() band}) that is
   * towards the band, stopping at its nearer end; a value inside the band stays where it is.
   *
   * @param by how far to move, not negative
   * @return the moved case
   */
  public AttainmentCase improvedBy(double by) {
    if (target.band().isPresent()) {
      Band band = target.band().get();
      if (actual < band.lower()) {
        return new AttainmentCase(Math.min(band.lower(), actual + by), target);
      }
      if (actual > band.upper()) {
        return new AttainmentCase(Math.max(band.upper(), actual - by), target);
      }
      return this;
    }
    return new AttainmentCase(actual + (target.higherIsBetter() ? by : -by), target);
  }
}
