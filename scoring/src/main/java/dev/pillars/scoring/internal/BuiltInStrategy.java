package dev.pillars.scoring.internal;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.scoring.StrategyConfig;
import java.util.Set;

/**
 * The base of every built-in strategy: it holds the configuration the strategy was created from,
 * returns it from {@code config()}, and prints it as the strategy's text form. Not exported.
 */
public abstract class BuiltInStrategy {
  private final StrategyConfig config;

  /**
   * Creates the base of a strategy.
   *
   * @param config the configuration, already checked with {@link #check}
   * @throws NullPointerException if {@code config} is null
   */
  protected BuiltInStrategy(StrategyConfig config) {
    this.config = requireNonNull(config, "config");
  }

  /**
   * Returns the configuration that recreates this strategy.
   *
   * @return the configuration
   */
  public final StrategyConfig config() {
    return config;
  }

  /**
   * Returns the configuration's text form, such as {@code weighted-mean{}}.
   *
   * @return the strategy as text
   */
  @Override
  public final String toString() {
    return config.toString();
  }

  /**
   * Checks what every built-in's factory checks first: that the configuration names one of the
   * strategies the factory creates and sets only parameters the strategy reads.
   *
   * @param config the configuration
   * @param names the names the factory creates strategies for, in the order an error lists them
   * @param parameters the parameters the strategy reads
   * @return {@code config}
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the name is not one of {@code names}
   * @throws dev.pillars.scoring.InvalidParameterException if a parameter is not one of {@code
   *     parameters}
   */
  public static StrategyConfig check(StrategyConfig config, Set<String> names, Set<String> parameters) {
    requireNonNull(config, "config");
    requireNonNull(names, "names");
    requireNonNull(parameters, "parameters");
    Checks.require(names.contains(config.name()), "strategy", config.name(),
        names.size() == 1 ? "must be " + names.iterator().next() : "must be one of " + new java.util.TreeSet<>(names));
    return config.requireOnly(parameters);
  }
}
