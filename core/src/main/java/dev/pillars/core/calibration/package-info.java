/**
 * Calibration: the {@link dev.pillars.core.calibration.CalibrationSession} in which calibrators
 * review the proposed ratings of one population of a review cycle, keep notes only they see, and
 * adjust ratings, each adjustment recorded with actor, time, old and new level and reason; the
 * plain inputs calibration analyses ({@link dev.pillars.core.calibration.ProposedRating}, {@link
 * dev.pillars.core.calibration.Population}).
 *
 * <p>The numbers (distribution against a guideline, rater effects, suggested moves) are computed by
 * {@code dev.pillars.scoring.calibration}; this package holds only the session's rules.
 */
@NullMarked
package dev.pillars.core.calibration;

import org.jspecify.annotations.NullMarked;
