package dev.pillars.examples.conventions.good;

import com.google.common.collect.ImmutableList;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;

/** A concrete strategy that is package-private, over a public base authors may extend. */
final class HiddenStrategy extends StrategyBase {
  @Override
  public StrategyConfig config() {
    throw new UnsupportedOperationException("a fixture");
  }

  @Override
  public StrategyKind kind() {
    throw new UnsupportedOperationException("a fixture");
  }

  /** Guava in a signature is fine where it is not public API. */
  public ImmutableList<String> names() {
    return ImmutableList.of();
  }
}
