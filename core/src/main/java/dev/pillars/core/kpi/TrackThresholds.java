package dev.pillars.core.kpi;

import dev.pillars.core.Checks;

/**
 * Where projected attainment turns from off track to at risk to on track.
 *
 * <p>The {@link #standard()} thresholds: a projected attainment of at least 1.0 is {@link
 * TrackStatus#ON_TRACK}, at least 0.8 {@link TrackStatus#AT_RISK}, anything lower {@link
 * TrackStatus#OFF_TRACK}. The attainment classified is the raw one (no floor, no cap; see {@link
 * Attainment#raw(KpiTarget, double)}).
 *
 * @param onTrack the least projected attainment that is on track
 * @param atRisk the least projected attainment that is at risk, from 0 to {@code onTrack}
 */
public record TrackThresholds(double onTrack, double atRisk) {
  private static final TrackThresholds STANDARD = new TrackThresholds(1.0, 0.8);

  /**
   * Creates thresholds.
   *
   * @param onTrack the least projected attainment that is on track
   * @param atRisk the least projected attainment that is at risk, from 0 to {@code onTrack}
   * @throws dev.pillars.core.InvalidInputException if a threshold is not finite, {@code atRisk} is
   *     negative, or {@code atRisk} exceeds {@code onTrack}
   */
  public TrackThresholds {
    Checks.nonNegative("atRisk", atRisk);
    Checks.finite("onTrack", onTrack);
    Checks.require(onTrack >= atRisk, "onTrack", onTrack, "must not be below atRisk " + atRisk);
  }

  /**
   * Returns the default thresholds: on track from 1.0, at risk from 0.8.
   *
   * @return the standard thresholds
   */
  public static TrackThresholds standard() {
    return STANDARD;
  }

  /**
   * Returns thresholds.
   *
   * @param onTrack the least projected attainment that is on track
   * @param atRisk the least projected attainment that is at risk
   * @return the thresholds
   * @throws dev.pillars.core.InvalidInputException if a threshold is not finite, {@code atRisk} is
   *     negative, or {@code atRisk} exceeds {@code onTrack}
   */
  public static TrackThresholds of(double onTrack, double atRisk) {
    return new TrackThresholds(onTrack, atRisk);
  }

  /**
   * Classifies a projected attainment.
   *
   * @param projectedAttainment the attainment projected at the due date
   * @return on track from {@code onTrack}, at risk from {@code atRisk}, off track below
   * @throws dev.pillars.core.InvalidInputException if {@code projectedAttainment} is not finite
   */
  public TrackStatus classify(double projectedAttainment) {
    Checks.finite("projectedAttainment", projectedAttainment);
    if (projectedAttainment >= onTrack) {
      return TrackStatus.ON_TRACK;
    }
    return projectedAttainment >= atRisk ? TrackStatus.AT_RISK : TrackStatus.OFF_TRACK;
  }
}
