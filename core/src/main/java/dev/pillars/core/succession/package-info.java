/**
 * Succession: key positions with the impact and risk of losing their holder, candidates with their
 * readiness (ready now, in one to two years, in three to five) and the gaps each must close, bench
 * strength per position and per unit, the pipeline per unit with positions that have no ready
 * candidate first, and emergency cover. Every type is null-marked.
 */
@NullMarked
package dev.pillars.core.succession;

import org.jspecify.annotations.NullMarked;
