/**
 * Contract tests for scoring strategies and the generators they use.
 *
 * <p>A custom strategy runs the contract of its kind with a few lines: a JUnit 5 test class
 * implements, say, {@link dev.pillars.testing.scoring.AggregationStrategyContract}, returns the
 * strategy from {@code subject()} and a registry that knows it from {@code registry()}, and gets
 * tests of determinism, bounds, receipts (contributions add up, replay gives the same score bit for
 * bit), monotonicity where the strategy declares it, and rejection of bad parameters and inputs.
 * {@link dev.pillars.testing.scoring.ScoringGens} holds the QuickTheories generators.
 */
@NullMarked
package dev.pillars.testing.scoring;

import org.jspecify.annotations.NullMarked;
