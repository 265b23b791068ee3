/**
 * The overall score of a review: {@link dev.pillars.scoring.review.ReviewScoring} resolves a
 * template's stored composite rule into a composition strategy, reads the components {@code goals}
 * and {@code competencies} from a review's ratings, takes the rest (such as {@code feedback} from
 * the feedback pillar) from the caller, and returns the score with its receipt and the nearest
 * level of the template's scale ({@link dev.pillars.scoring.review.ReviewScore}).
 */
@NullMarked
package dev.pillars.scoring.review;

import org.jspecify.annotations.NullMarked;
