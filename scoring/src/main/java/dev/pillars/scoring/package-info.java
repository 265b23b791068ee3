/**
 * What every scoring strategy shares: a {@link dev.pillars.scoring.Score} with its {@link
 * dev.pillars.scoring.Receipt}, the storable {@link dev.pillars.scoring.StrategyConfig}, explicit
 * {@link dev.pillars.scoring.Rounding}, {@link dev.pillars.scoring.Scale}s and the base {@link
 * dev.pillars.scoring.ScoringStrategy} interface.
 *
 * <p>The strategies themselves live one job per package: {@code attainment}, {@code aggregation},
 * {@code composition}, {@code rating}, {@code normalisation} and {@code allocation}; the {@code
 * registry} resolves them by name and the {@code spi} package is what a custom strategy implements.
 *
 * <p>Every type is null-marked: no parameter or result is null unless annotated otherwise; absent
 * values are {@link java.util.Optional}.
 */
@NullMarked
package dev.pillars.scoring;

import org.jspecify.annotations.NullMarked;
