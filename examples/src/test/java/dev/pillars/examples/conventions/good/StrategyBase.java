package dev.pillars.examples.conventions.good;

import dev.pillars.scoring.ScoringStrategy;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A public abstract base for strategies, naming only JDK and JSpecify types. */
public abstract class StrategyBase implements ScoringStrategy {
  /** Creates it. */
  protected StrategyBase() {}

  /**
   * Returns a label.
   *
   * @param names some names
   * @param fallback what to return for none
   * @return the first name or the fallback
   */
  protected Optional<String> first(List<String> names, @Nullable String fallback) {
    return names.isEmpty() ? Optional.ofNullable(fallback) : Optional.of(names.get(0));
  }
}
