package dev.pillars.examples.conventions.bad;

import dev.pillars.scoring.ScoringStrategy;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;

/** A concrete strategy that is public. */
public final class PublicStrategy implements ScoringStrategy {
  /** Creates it. */
  public PublicStrategy() {}

  @Override
  public StrategyConfig config() {
    throw new UnsupportedOperationException("a fixture");
  }

  @Override
  public StrategyKind kind() {
    throw new UnsupportedOperationException("a fixture");
  }
}
