/**
 * Normalisation of ratings: {@link dev.pillars.scoring.normalisation.NormalisationStrategy} with
 * the built-ins identity, per-rater z-score rescaled to the population and the rating scale (to
 * correct lenient and severe raters), and linear conversion from one scale to another.
 */
@NullMarked
package dev.pillars.scoring.normalisation;

import org.jspecify.annotations.NullMarked;
