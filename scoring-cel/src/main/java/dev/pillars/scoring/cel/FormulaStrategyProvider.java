package dev.pillars.scoring.cel;

import dev.pillars.scoring.ScoringStrategy;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.preset.Presets;
import dev.pillars.scoring.spi.StrategyProvider;

/**
 * Provides the composition strategy {@value Presets#FORMULA}: a review score computed by a CEL
 * formula over named components.
 *
 * <p>Parameters: {@value Presets#FORMULA_EXPRESSION} (the formula text), {@value
 * Presets#FORMULA_VARIABLES} (the component names it reads, at least one, each a CEL identifier)
 * and {@value Presets#FORMULA_ABSENT} ({@code REJECT} or {@code COUNT_AS_ZERO}; a formula cannot
 * renormalise). Found by {@link java.util.ServiceLoader}; see the package documentation.
 */
public final class FormulaStrategyProvider implements StrategyProvider {
  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public FormulaStrategyProvider() {}

  @Override
  public String name() {
    return Presets.FORMULA;
  }

  @Override
  public StrategyKind kind() {
    return StrategyKind.COMPOSITION;
  }

  @Override
  public ScoringStrategy create(StrategyConfig config) {
    return FormulaComposition.create(config);
  }

  @Override
  public String toString() {
    return "COMPOSITION " + Presets.FORMULA + " (CEL)";
  }
}
