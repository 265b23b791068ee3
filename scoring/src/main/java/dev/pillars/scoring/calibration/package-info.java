/**
 * Calibration of proposed ratings: {@link dev.pillars.scoring.calibration.Calibrator} compares a
 * population's distribution (the whole cycle, a unit, a grade) with a {@link
 * dev.pillars.scoring.calibration.Guideline} and its tolerance, measures rater effects per manager
 * (leniency, severity, central tendency, each a {@link dev.pillars.scoring.calibration.Statistic}
 * with its group size and interval so that small groups are not flagged on noise), normalises
 * through the pluggable normalisation strategies, and suggests the fewest rating moves that bring a
 * population within tolerance, each explained.
 *
 * <p>Inputs are plain values ({@code dev.pillars.core.calibration.ProposedRating}) in a compact
 * {@link dev.pillars.scoring.calibration.CalibrationInput}; nothing here reads reviews or stores.
 */
@NullMarked
package dev.pillars.scoring.calibration;

import org.jspecify.annotations.NullMarked;
