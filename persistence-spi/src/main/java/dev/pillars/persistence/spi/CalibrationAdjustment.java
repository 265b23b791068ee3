package dev.pillars.persistence.spi;

import dev.pillars.core.Checks;
import dev.pillars.core.calibration.Adjustment;
import dev.pillars.core.calibration.CalibrationSessionId;

/**
 * One calibration adjustment of a person's rating, as their export shows it: the session and the
 * adjustment (actor, time, old and new level, reason). Calibration notes are not part of it: they
 * are the calibrators'.
 *
 * @param session the calibration session
 * @param adjustment the adjustment of the person's rating
 */
public record CalibrationAdjustment(CalibrationSessionId session, Adjustment adjustment) {
  /**
   * Creates an exported adjustment.
   *
   * @param session the calibration session
   * @param adjustment the adjustment
   * @throws NullPointerException if an argument is null
   */
  public CalibrationAdjustment {
    Checks.notNull("session", session);
    Checks.notNull("adjustment", adjustment);
  }
}
