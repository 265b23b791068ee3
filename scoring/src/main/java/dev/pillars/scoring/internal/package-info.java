/**
 * Boilerplate the built-in strategies share: holding and checking their configuration. Not
 * exported by the module, so not API: a custom strategy uses the public helpers instead ({@code
 * WeightedScore.sortedByName}, {@code Receipt.requireWrittenBy}, {@code Receipt.requiredLine},
 * {@code NoInputsPolicy}), and {@link dev.pillars.scoring.StrategyConfig}'s typed readers.
 *
 * <p>Every type is null-marked.
 */
@NullMarked
package dev.pillars.scoring.internal;

import org.jspecify.annotations.NullMarked;
