package dev.pillars.scoring.composition;

import dev.pillars.core.Checks;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.ScoringStrategy;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.spi.StrategyProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Composes a review score from named component scores.
 *
 * <p>Duties of an implementation, besides those of {@link ScoringStrategy}: reject component names
 * it does not know, and handle an absent component by an explicit policy, never silently; record
 * one receipt line per component it used, such that composing the lines' values again, which is
 * what {@link #replay(Receipt)} does, gives the same score bit for bit; or override {@code replay}.
 */
public interface CompositionStrategy extends ScoringStrategy {
  /** Name of the weighted composition: a weighted mean of components with an absent-component policy. */
  String WEIGHTED_COMPONENTS = "weighted-components";

  /**
   * Composes a score from the components present.
   *
   * @param components the present components' scores by name, each finite; a component that is
   *     absent is simply not in the map
   * @return the score with its receipt
   * @throws dev.pillars.core.InvalidInputException if a name is unknown, a value is not finite, or
   *     the policy rejects an absent component
   */
  Score compose(Map<String, Double> components);

  /**
   * Returns the names of the components this strategy reads.
   *
   * @return the names
   */
  Set<String> components();

  @Override
  default StrategyKind kind() {
    return StrategyKind.COMPOSITION;
  }

  /**
   * Computes a receipt's score again from its lines.
   *
   * @param receipt a receipt of this strategy
   * @return the same score, bit for bit
   * @throws dev.pillars.core.InvalidInputException if the receipt is not a composition receipt of
   *     this strategy's configuration
   */
  default Score replay(Receipt receipt) {
    Checks.notNull("receipt", receipt);
    Checks.require(receipt.kind() == StrategyKind.COMPOSITION, "receipt.kind", receipt.kind(), "must be COMPOSITION");
    Checks.require(receipt.config().equals(config()), "receipt.config", receipt.config(), "must be " + config());
    Map<String, Double> components = new LinkedHashMap<>();
    receipt.lines().forEach(l -> components.put(l.name(), l.value()));
    return compose(components);
  }

  /**
   * Returns a weighted composition, such as goals 60, competencies 30, feedback 10. Weights need
   * not add up to anything; a component's share is its weight over the total weight in use.
   *
   * @param weights the weight of each component, not negative, at least one positive; names are
   *     well-formed identifiers
   * @param absent what to do when a component has no score
   * @return the strategy
   * @throws dev.pillars.scoring.InvalidParameterException if a weight or name is invalid
   */
  static CompositionStrategy weighted(Map<String, Double> weights, AbsentComponentPolicy absent) {
    Checks.notNull("absent", absent);
    return WeightedComposition.create(
        StrategyConfig.of(WEIGHTED_COMPONENTS)
            .withTable(WeightedComposition.WEIGHTS, weights)
            .with(WeightedComposition.ABSENT, absent.name()));
  }

  /**
   * Returns the providers of the built-in composition strategies, which every {@code
   * StrategyRegistry} holds.
   *
   * @return the providers
   */
  static List<StrategyProvider> builtIns() {
    return List.of(StrategyProvider.of(WEIGHTED_COMPONENTS, StrategyKind.COMPOSITION, WeightedComposition::create));
  }
}
