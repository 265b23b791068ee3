package dev.pillars.scoring.spi;

import dev.pillars.scoring.ScoringStrategy;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;

/**
 * Creates strategies of one kind and one name from their configuration.
 *
 * <p>A custom strategy is one class implementing the strategy interface of its kind (for example
 * {@code AggregationStrategy}) plus one provider. Register the provider with {@code
 * StrategyRegistry.builder().register(provider)}, or list its class in {@code
 * META-INF/services/dev.pillars.scoring.spi.StrategyProvider} (and {@code provides
 * dev.pillars.scoring.spi.StrategyProvider with ...} in a module-info) and build the registry with
 * {@code withServiceLoader(classLoader)}; a ServiceLoader provider needs a public no-argument
 * constructor.
 *
 * <p>Duties of an implementation:
 *
 * <ul>
 *   <li>{@link #name()} and {@link #kind()} are constant; the name is a well-formed identifier,
 *       unique among the providers of its kind in one registry.
 *   <li>{@link #create(StrategyConfig)} validates every parameter before it returns, and rejects
 *       unknown parameters, missing ones and values out of range with an {@link
 *       dev.pillars.scoring.InvalidParameterException} naming the parameter, its value and the rule
 *       ({@link StrategyConfig#invalid} and the typed readers of {@link StrategyConfig} do this).
 *       A strategy that was created never fails later for a reason its configuration could have
 *       revealed.
 *   <li>The created strategy implements the interface of {@link #kind()}, is immutable, thread-safe
 *       and deterministic, and returns the given configuration from {@code config()}, so that a
 *       receipt replays to the same score bit for bit.
 *   <li>The provider itself is thread-safe; a registry calls it from any thread.
 * </ul>
 *
 * <p>Helpers the built-ins use, for a custom strategy to do the same in one line each: {@link
 * StrategyConfig}'s typed readers and {@link StrategyConfig#invalid} for parameters; {@link
 * dev.pillars.scoring.aggregation.WeightedScore#sortedByName} for an aggregation's inputs (names
 * checked, name order); {@link dev.pillars.scoring.aggregation.NoInputsPolicy} for what no inputs
 * give; {@link dev.pillars.scoring.Receipt#requireWrittenBy} and {@link
 * dev.pillars.scoring.Receipt#requiredLine} in a {@code replay}. The examples' {@code WeakestMean}
 * is such a strategy.
 */
public interface StrategyProvider {
  /**
   * Returns the name configurations use to select this provider's strategy, such as {@code
   * weighted-mean}.
   *
   * @return the name, a well-formed identifier
   */
  String name();

  /**
   * Returns the kind of strategy this provider creates.
   *
   * @return the kind
   */
  StrategyKind kind();

  /**
   * Creates the strategy for a configuration whose name is {@link #name()}.
   *
   * @param config the configuration
   * @return the strategy, implementing the interface of {@link #kind()}
   * @throws dev.pillars.scoring.InvalidParameterException if a parameter is missing, unknown or
   *     invalid
   */
  ScoringStrategy create(StrategyConfig config);

  /**
   * Returns a provider made of a name, a kind and a factory function, for registering a strategy
   * in code with one line.
   *
   * @param name the strategy's name
   * @param kind the strategy's kind
   * @param factory creates the strategy from its configuration
   * @return the provider
   */
  static StrategyProvider of(
      String name, StrategyKind kind, java.util.function.Function<StrategyConfig, ? extends ScoringStrategy> factory) {
    dev.pillars.core.Checks.notNull("kind", kind);
    dev.pillars.core.Checks.notNull("factory", factory);
    dev.pillars.core.Checks.identifier("name", name);
    return new StrategyProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public StrategyKind kind() {
        return kind;
      }

      @Override
      public ScoringStrategy create(StrategyConfig config) {
        return factory.apply(config);
      }

      @Override
      public String toString() {
        return kind + " " + name;
      }
    };
  }
}
