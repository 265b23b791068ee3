/**
 * What every scoring strategy shares: a {@link dev.pillars.scoring.Score} with its {@link
 * dev.pillars.scoring.Receipt}, the storable {@link dev.pillars.scoring.StrategyConfig}, explicit
 * {@link dev.pillars.scoring.Rounding}, {@link dev.pillars.scoring.Scale}s and the base {@link
 * dev.pillars.scoring.ScoringStrategy} interface.
 *
 * <p>A strategy that may have nothing to score returns an {@link dev.pillars.scoring.Outcome}:
 * either a {@link dev.pillars.scoring.Score} or a {@link dev.pillars.scoring.NoScore} with its
 * reason, distinct from zero; each strategy family says when that happens. Every receipt gives each
 * input's {@link dev.pillars.scoring.Receipt#shares() share} of the result.
 *
 * <p>The strategies themselves live one job per package: {@code attainment}, {@code aggregation},
 * {@code composition}, {@code rating}, {@code normalisation} and {@code allocation}; the {@code
 * registry} resolves them by name and the {@code spi} package is what a custom strategy implements.
 * The {@code internal} package, not exported, holds what the built-ins share.
 *
 * <p>Every type is null-marked: no parameter or result is null unless annotated otherwise; absent
 * values are {@link java.util.Optional}.
 */
@NullMarked
package dev.pillars.scoring;

import org.jspecify.annotations.NullMarked;
