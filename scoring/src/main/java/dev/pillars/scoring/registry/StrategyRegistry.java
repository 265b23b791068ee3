package dev.pillars.scoring.registry;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.PillarsException;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.ScoringStrategy;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.UnknownStrategyException;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.allocation.Allocation;
import dev.pillars.scoring.allocation.AllocationStrategy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import dev.pillars.scoring.composition.CompositionStrategy;
import dev.pillars.scoring.normalisation.NormalisationStrategy;
import dev.pillars.scoring.rating.RatingStrategy;
import dev.pillars.scoring.spi.StrategyProvider;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Resolves strategies by kind and name, and replays receipts.
 *
 * <p>A registry holds every built-in strategy, the providers registered in code, and — when built
 * {@link Builder#withServiceLoader(ClassLoader) with a ServiceLoader} — the providers listed in
 * {@code META-INF/services/dev.pillars.scoring.spi.StrategyProvider} on the given class loader (or
 * declared with {@code provides} by modules on the module path). A name is unique within its kind:
 * registering a second provider for a taken kind and name fails, so a registry never depends on
 * class-path order.
 *
 * <p>There is no global instance; build one per configuration and share it. A registry is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * StrategyRegistry registry = StrategyRegistry.builder()
 *     .register(StrategyProvider.of("median", StrategyKind.AGGREGATION, Median::new))
 *     .withServiceLoader(getClass().getClassLoader())
 *     .build();
 * AggregationStrategy rollup = registry.aggregation(StrategyConfig.of("weighted-mean"));
 * }</pre>
 */
public final class StrategyRegistry {
  private static final Map<StrategyKind, Class<? extends ScoringStrategy>> TYPES = new EnumMap<>(StrategyKind.class);

  static {
    TYPES.put(StrategyKind.ATTAINMENT, AttainmentStrategy.class);
    TYPES.put(StrategyKind.AGGREGATION, AggregationStrategy.class);
    TYPES.put(StrategyKind.COMPOSITION, CompositionStrategy.class);
    TYPES.put(StrategyKind.RATING, RatingStrategy.class);
    TYPES.put(StrategyKind.NORMALISATION, NormalisationStrategy.class);
    TYPES.put(StrategyKind.ALLOCATION, AllocationStrategy.class);
  }

  private final Map<StrategyKind, Map<String, StrategyProvider>> providers;

  private StrategyRegistry(Map<StrategyKind, Map<String, StrategyProvider>> providers) {
    this.providers = providers;
  }

  /**
   * Returns a builder that already holds every built-in strategy.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a registry of the built-in strategies only.
   *
   * @return the registry
   */
  public static StrategyRegistry builtIns() {
    return builder().build();
  }

  /**
   * Returns the names registered for a kind, in order.
   *
   * @param kind the kind
   * @return the names
   */
  public SortedSet<String> names(StrategyKind kind) {
    Checks.notNull("kind", kind);
    return Collections.unmodifiableSortedSet(new TreeSet<>(providers.get(kind).keySet()));
  }

  /**
   * Creates the strategy a configuration names.
   *
   * @param kind the kind of strategy wanted
   * @param config the configuration
   * @return the strategy, an instance of the kind's interface
   * @throws UnknownStrategyException if no provider of the kind has the configuration's name
   * @throws dev.pillars.scoring.InvalidParameterException if a parameter is missing, unknown or
   *     invalid
   * @throws PillarsException if the provider broke its contract (created the wrong type, or a
   *     strategy with another configuration)
   */
  public ScoringStrategy create(StrategyKind kind, StrategyConfig config) {
    Checks.notNull("kind", kind);
    Checks.notNull("config", config);
    StrategyProvider provider = providers.get(kind).get(config.name());
    if (provider == null) {
      throw new UnknownStrategyException(kind, config.name(), names(kind));
    }
    ScoringStrategy strategy = provider.create(config);
    Class<? extends ScoringStrategy> type = TYPES.get(kind);
    if (!type.isInstance(strategy) || strategy.kind() != kind || !config.equals(strategy.config())) {
      throw new PillarsException(
          "provider " + provider.getClass().getName() + " of " + kind + " strategy '" + config.name()
              + "' broke its contract: it must create a " + type.getSimpleName() + " of kind " + kind
              + " whose config() is the given " + config + ", but created " + strategy);
    }
    return strategy;
  }

  /**
   * Creates an attainment strategy.
   *
   * @param config the configuration
   * @return the strategy
   * @throws UnknownStrategyException if the name is unknown
   * @throws dev.pillars.scoring.InvalidParameterException if a parameter is invalid
   */
  public AttainmentStrategy attainment(StrategyConfig config) {
    return (AttainmentStrategy) create(StrategyKind.ATTAINMENT, config);
  }

  /**
   * Creates an aggregation (roll-up) strategy.
   *
   * @param config the configuration
   * @return the strategy
   * @throws UnknownStrategyException if the name is unknown
   * @throws dev.pillars.scoring.InvalidParameterException if a parameter is invalid
   */
  public AggregationStrategy aggregation(StrategyConfig config) {
    return (AggregationStrategy) create(StrategyKind.AGGREGATION, config);
  }

  /**
   * Creates a composition strategy.
   *
   * @param config the configuration
   * @return the strategy
   * @throws UnknownStrategyException if the name is unknown
   * @throws dev.pillars.scoring.InvalidParameterException if a parameter is invalid
   */
  public CompositionStrategy composition(StrategyConfig config) {
    return (CompositionStrategy) create(StrategyKind.COMPOSITION, config);
  }

  /**
   * Creates a rating strategy.
   *
   * @param config the configuration
   * @return the strategy
   * @throws UnknownStrategyException if the name is unknown
   * @throws dev.pillars.scoring.InvalidParameterException if a parameter is invalid
   */
  public RatingStrategy rating(StrategyConfig config) {
    return (RatingStrategy) create(StrategyKind.RATING, config);
  }

  /**
   * Creates a normalisation strategy.
   *
   * @param config the configuration
   * @return the strategy
   * @throws UnknownStrategyException if the name is unknown
   * @throws dev.pillars.scoring.InvalidParameterException if a parameter is invalid
   */
  public NormalisationStrategy normalisation(StrategyConfig config) {
    return (NormalisationStrategy) create(StrategyKind.NORMALISATION, config);
  }

  /**
   * Creates an allocation strategy.
   *
   * @param config the configuration
   * @return the strategy
   * @throws UnknownStrategyException if the name is unknown
   * @throws dev.pillars.scoring.InvalidParameterException if a parameter is invalid
   */
  public AllocationStrategy allocation(StrategyConfig config) {
    return (AllocationStrategy) create(StrategyKind.ALLOCATION, config);
  }

  /**
   * Computes a receipt's score again: recreates the strategy from the receipt's configuration and
   * feeds it the recorded inputs and facts.
   *
   * @param receipt the receipt, perhaps read back from storage
   * @return the same score, bit for bit
   * @throws UnknownStrategyException if the strategy is not registered here
   * @throws InvalidInputException if the receipt lacks what its strategy needs to replay it
   */
  public Score replay(Receipt receipt) {
    Checks.notNull("receipt", receipt);
    StrategyConfig config = receipt.config();
    return switch (receipt.kind()) {
      case ATTAINMENT -> attainment(config).replay(receipt);
      case AGGREGATION -> aggregation(config).replay(receipt);
      case COMPOSITION -> composition(config).replay(receipt);
      case RATING -> rating(config).replay(receipt);
      case NORMALISATION -> normalisation(config).replay(receipt);
      case ALLOCATION -> throw new InvalidInputException(
          "receipt.kind", receipt.kind(), "must be a kind that produces scores; replay an Allocation instead");
    };
  }

  /**
   * Allocates an allocation's budget again with the strategy recreated from its configuration.
   *
   * @param allocation the allocation, perhaps read back from storage
   * @return an equal allocation
   * @throws UnknownStrategyException if the strategy is not registered here
   */
  public Allocation replay(Allocation allocation) {
    Checks.notNull("allocation", allocation);
    return allocation(allocation.config()).replay(allocation);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("StrategyRegistry{");
    String sep = "";
    for (StrategyKind kind : StrategyKind.values()) {
      sb.append(sep).append(kind).append('=').append(names(kind));
      sep = ", ";
    }
    return sb.append('}').toString();
  }

  /**
   * Builds a {@link StrategyRegistry}. Starts with every built-in; each provider is checked as it
   * is added, so a conflict fails at the call that caused it.
   */
  public static final class Builder {
    private final Map<StrategyKind, Map<String, StrategyProvider>> providers = new EnumMap<>(StrategyKind.class);

    Builder() {
      for (StrategyKind kind : StrategyKind.values()) {
        providers.put(kind, new LinkedHashMap<>());
      }
      List.of(
              AttainmentStrategy.builtIns(),
              AggregationStrategy.builtIns(),
              CompositionStrategy.builtIns(),
              RatingStrategy.builtIns(),
              NormalisationStrategy.builtIns(),
              AllocationStrategy.builtIns())
          .forEach(list -> list.forEach(this::register));
    }

    /**
     * Adds a provider.
     *
     * @param provider the provider
     * @return this builder
     * @throws NullPointerException if its kind is null
     * @throws InvalidInputException if its name is not a well-formed identifier or its kind and
     *     name are taken
     */
    public Builder register(StrategyProvider provider) {
      Checks.notNull("provider", provider);
      String name = Checks.identifier("provider.name", provider.name());
      StrategyKind kind = Checks.notNull("provider.kind", provider.kind());
      StrategyProvider existing = providers.get(kind).get(name);
      if (existing != null) {
        throw new InvalidInputException(
            "provider.name", name,
            "must not be registered twice for " + kind + "; already registered by " + describe(existing)
                + ", now also by " + describe(provider));
      }
      providers.get(kind).put(name, provider);
      return this;
    }

    /**
     * Adds every provider that {@link ServiceLoader} finds through a class loader: those listed in
     * {@code META-INF/services/dev.pillars.scoring.spi.StrategyProvider}, and those that modules
     * visible to the loader declare with {@code provides}.
     *
     * @param classLoader the class loader to search, such as the host application's
     * @return this builder
     * @throws InvalidInputException if a found provider's kind and name are taken
     * @throws java.util.ServiceConfigurationError if a listed provider cannot be loaded
     */
    public Builder withServiceLoader(ClassLoader classLoader) {
      Checks.notNull("classLoader", classLoader);
      for (StrategyProvider provider : ServiceLoader.load(StrategyProvider.class, classLoader)) {
        register(provider);
      }
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     */
    public StrategyRegistry build() {
      Map<StrategyKind, Map<String, StrategyProvider>> copy = new EnumMap<>(StrategyKind.class);
      providers.forEach((kind, byName) -> copy.put(kind, Collections.unmodifiableMap(new LinkedHashMap<>(byName))));
      return new StrategyRegistry(Collections.unmodifiableMap(copy));
    }

    private static String describe(StrategyProvider provider) {
      return provider.getClass().getName().startsWith("dev.pillars.scoring.spi.")
          ? "the built-in or in-code provider " + provider
          : provider.getClass().getName();
    }
  }
}
