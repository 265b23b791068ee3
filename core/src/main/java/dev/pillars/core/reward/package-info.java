/**
 * Reward: merit matrices ({@link dev.pillars.core.reward.MeritMatrix}, rating level by compa-ratio
 * band to an increase range) and bonus plans ({@link dev.pillars.core.reward.BonusPlan}, target
 * bonus times company factor times an individual multiplier, prorated, with eligibility and a cap),
 * each amount exact in minor units ({@link dev.pillars.core.money.Money}) and explained by a
 * receipt. Sharing a budget across a population is scoring's job ({@code
 * dev.pillars.scoring.allocation}).
 *
 * <p>Fractions (increases, multipliers, factors, caps, compa-ratios) are whole basis points, 10000
 * being 100 %: exact, and what compensation teams write. Final ratings are input values: the engine
 * takes them from the review pillar.
 */
@NullMarked
package dev.pillars.core.reward;

import org.jspecify.annotations.NullMarked;
