/**
 * Rating: ordered {@link dev.pillars.core.rating.RatingScale}s of levels (value, label), and
 * {@link dev.pillars.scoring.rating.RatingStrategy} mapping a continuous score to a level through
 * bands, including OKR grading's red / yellow / green.
 */
@NullMarked
package dev.pillars.scoring.rating;

import org.jspecify.annotations.NullMarked;
