package dev.pillars.scoring.composition;

import static java.util.Objects.requireNonNull;

import dev.pillars.scoring.NoScore;
import dev.pillars.scoring.NoScoreException;
import dev.pillars.scoring.Outcome;
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
 * <p><b>No score.</b> When every component of positive weight is absent (a review whose feedback
 * was withdrawn and that has nothing else yet) and the policy leaves absent components out ({@link
 * AbsentComponentPolicy#RENORMALISE}), there is nothing to compose: {@link #outcome(Map)} returns a
 * {@link NoScore} (reason {@link NoScore.Reason#NO_COMPONENTS}), distinct from zero, and {@link
 * #compose(Map)} throws a {@link NoScoreException} carrying it. Under {@link
 * AbsentComponentPolicy#COUNT_AS_ZERO} the score is 0, as configured; under {@link
 * AbsentComponentPolicy#REJECT} an absent component is an error.
 *
 * <p>Duties of an implementation, besides those of {@link ScoringStrategy}: reject component names
 * it does not know, and handle an absent component by an explicit policy, never silently; throw a
 * {@link NoScoreException} from {@code compose} when it has nothing to compose (which the default
 * {@link #outcome(Map)} turns into a {@link NoScore}); record one receipt line per component it
 * used, such that composing the lines' values again, which is what {@link #replay(Receipt)} does,
 * gives the same score bit for bit; or override {@code replay}.
 */
public interface CompositionStrategy extends ScoringStrategy {
  /**
   * Name of the weighted composition: a weighted mean of components with an absent-component
   * policy. Its parameters: {@code weights} (a table of component weights), {@code absent} (an
   * {@link AbsentComponentPolicy}) and the optional {@code factor} (positive, 1 unless set) that
   * multiplies the mean, such as 5 for ratings given as fractions of five stars.
   */
  String WEIGHTED_COMPONENTS = "weighted-components";

  /**
   * Composes a score from the components present.
   *
   * @param components the present components' scores by name, each finite; a component that is
   *     absent is simply not in the map
   * @return the score with its receipt
   * @throws NullPointerException if {@code components} or one of its values is null
   * @throws NoScoreException if no component of positive weight is present and the policy leaves
   *     absent components out: call {@link #outcome(Map)} to get the {@link NoScore} instead
   * @throws dev.pillars.core.InvalidInputException if a name is unknown, a value is not finite, or
   *     the policy rejects an absent component
   */
  Score compose(Map<String, Double> components);

  /**
   * Composes a score from the components present, or says that there is none (see the class
   * description); otherwise what {@link #compose(Map)} returns.
   *
   * @param components the present components' scores by name, possibly none
   * @return the score, or why there is none
   * @throws NullPointerException if {@code components} or one of its values is null
   * @throws dev.pillars.core.InvalidInputException if a name is unknown, a value is not finite, or
   *     the policy rejects an absent component
   */
  default Outcome outcome(Map<String, Double> components) {
    requireNonNull(components, "components");
    try {
      return compose(components);
    } catch (NoScoreException none) {
      return none.noScore();
    }
  }

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
   * @throws NullPointerException if {@code receipt} is null
   * @throws dev.pillars.core.InvalidInputException if the receipt is not a composition receipt of
   *     this strategy's configuration
   */
  default Score replay(Receipt receipt) {
    requireNonNull(receipt, "receipt").requireWrittenBy(this);
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
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.scoring.InvalidParameterException if a weight or name is invalid
   */
  static CompositionStrategy weighted(Map<String, Double> weights, AbsentComponentPolicy absent) {
    requireNonNull(weights, "weights");
    requireNonNull(absent, "absent");
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
