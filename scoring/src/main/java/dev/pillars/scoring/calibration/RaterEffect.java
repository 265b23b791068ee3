package dev.pillars.scoring.calibration;

/** A systematic pattern in one rater's ratings. */
public enum RaterEffect {
  /** Rates higher than the population, beyond noise. */
  LENIENCY,
  /** Rates lower than the population, beyond noise. */
  SEVERITY,
  /** Puts more people in the middle of the scale than the population does, beyond noise. */
  CENTRAL_TENDENCY
}
