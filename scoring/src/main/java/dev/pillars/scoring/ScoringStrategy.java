package dev.pillars.scoring;

import java.util.Optional;
import java.util.Set;

/**
 * The part every scoring strategy shares: its configuration, its kind and the promises it makes.
 *
 * <p>Implementations are immutable and thread-safe, and deterministic: the same inputs always give
 * the same result, bit for bit. A strategy is recreated from its {@link #config()} by a {@code
 * StrategyRegistry}, so the configuration must hold everything that affects the result.
 */
public interface ScoringStrategy {
  /**
   * Returns the configuration that recreates this strategy.
   *
   * @return the configuration; its name is the strategy's registered name
   */
  StrategyConfig config();

  /**
   * Returns the job this strategy does.
   *
   * @return the kind
   */
  StrategyKind kind();

  /**
   * Returns the promises this strategy makes about its results; none unless overridden.
   *
   * @return the characteristics
   */
  default Set<Characteristic> characteristics() {
    return Set.of();
  }

  /**
   * Returns the closed range every result of this strategy lies in, if it guarantees one; none
   * unless overridden.
   *
   * @return the range of results
   */
  default Optional<Scale> range() {
    return Optional.empty();
  }
}
