/**
 * The values of the engine's scores: a goal's score with the receipt that explains it, a score a
 * what-if would change, and the rule that picks each goal's roll-up strategy. The scores are read
 * through {@link dev.pillars.engine.ScoreService}.
 */
@NullMarked
package dev.pillars.engine.score;

import org.jspecify.annotations.NullMarked;
