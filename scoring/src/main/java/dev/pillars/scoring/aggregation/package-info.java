/**
 * Aggregation of child scores into a parent's score, the step the cascade roll-up repeats up an
 * alignment graph: {@link dev.pillars.scoring.aggregation.AggregationStrategy} and its built-ins
 * (weighted mean, unweighted mean of direct children, weights proportional to target size,
 * minimum, OKR grading).
 */
@NullMarked
package dev.pillars.scoring.aggregation;

import org.jspecify.annotations.NullMarked;
