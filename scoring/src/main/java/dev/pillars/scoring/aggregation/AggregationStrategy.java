package dev.pillars.scoring.aggregation;

import dev.pillars.core.Checks;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.ScoringStrategy;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.spi.StrategyProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Combines the scores of a parent's direct children into the parent's score.
 *
 * <p>Duties of an implementation, besides those of {@link ScoringStrategy}: reject an empty input
 * list, duplicate names and inputs it cannot weigh with an {@link
 * dev.pillars.core.InvalidInputException}; record one receipt line per input whose weight is the
 * weight the strategy applied, such that feeding the lines back as inputs (name, value, weight,
 * size 1), which is what {@link #replay(Receipt)} does, computes the same score bit for bit; or
 * override {@code replay}.
 *
 * <p>The built-ins compute in the order of input names, so the result does not depend on the order
 * of the input list, and a result is clamped to the inputs' range so that children all at 3 give
 * their parent exactly 3.
 */
public interface AggregationStrategy extends ScoringStrategy {
  /** Name of the weighted arithmetic mean: sum of weight times value over the sum of weights. */
  String WEIGHTED_MEAN = "weighted-mean";

  /** Name of the unweighted mean of the direct children: link weights are ignored. */
  String MEAN = "mean";

  /** Name of the mean weighted by link weight times target size. */
  String PROPORTIONAL_TO_TARGET = "proportional-to-target";

  /** Name of the minimum: the weakest child gates the parent. */
  String MINIMUM = "minimum";

  /** Name of OKR grading: the unweighted mean of key-result grades, each from 0.0 to 1.0. */
  String OKR = "okr";

  /**
   * Computes the parent's score.
   *
   * @param inputs the children's scores, at least one, names unique
   * @return the score with its receipt
   * @throws dev.pillars.core.InvalidInputException if the inputs are empty, hold duplicate names
   *     or cannot be weighed (for example all weights zero)
   */
  Score aggregate(List<WeightedScore> inputs);

  @Override
  default StrategyKind kind() {
    return StrategyKind.AGGREGATION;
  }

  /**
   * Computes a receipt's score again from its lines.
   *
   * @param receipt a receipt of this strategy
   * @return the same score, bit for bit
   * @throws dev.pillars.core.InvalidInputException if the receipt is not an aggregation receipt of
   *     this strategy's configuration
   */
  default Score replay(Receipt receipt) {
    Checks.require(receipt.kind() == StrategyKind.AGGREGATION, "receipt.kind", receipt.kind(), "must be AGGREGATION");
    Checks.require(receipt.config().equals(config()), "receipt.config", receipt.config(), "must be " + config());
    List<WeightedScore> inputs = new ArrayList<>(receipt.lines().size());
    receipt.lines().forEach(l -> inputs.add(WeightedScore.of(l.name(), l.value(), l.weight())));
    return aggregate(inputs);
  }

  /**
   * Returns the weighted arithmetic mean: {@code sum(weight * value) / sum(weight)}.
   *
   * <p>Any positive finite weights can be combined: where they reach 2^990 they are summed scaled
   * down by one power of two (exact), so two weights of 1e308 give the same score as two of 1.
   *
   * @return the strategy
   */
  static AggregationStrategy weightedMean() {
    return MeanAggregation.create(StrategyConfig.of(WEIGHTED_MEAN));
  }

  /**
   * Returns the unweighted mean of the direct children, the roll-up of many HR systems: every
   * child counts the same whatever its link weight.
   *
   * @return the strategy
   */
  static AggregationStrategy mean() {
    return MeanAggregation.create(StrategyConfig.of(MEAN));
  }

  /**
   * Returns the mean weighted by each child's link weight times its target size, so that $100k,
   * $20k and $1k targets count for their share of $121k rather than a third each.
   *
   * @return the strategy
   */
  static AggregationStrategy proportionalToTarget() {
    return MeanAggregation.create(StrategyConfig.of(PROPORTIONAL_TO_TARGET));
  }

  /**
   * Returns the minimum, for gating: the parent is as good as its weakest child. The gating child
   * (the first of the lowest by name) contributes the whole score, the others nothing.
   *
   * @return the strategy
   */
  static AggregationStrategy minimum() {
    return MinimumAggregation.create(StrategyConfig.of(MINIMUM));
  }

  /**
   * Returns OKR grading of an objective: the unweighted mean of its key results' grades, each
   * from 0.0 to 1.0 (binary key results are graded 0.0 or 1.0). Grades outside 0.0 to 1.0 are
   * rejected.
   *
   * @return the strategy
   */
  static AggregationStrategy okr() {
    return MeanAggregation.create(StrategyConfig.of(OKR));
  }

  /**
   * Returns the providers of the built-in aggregation strategies, which every {@code
   * StrategyRegistry} holds.
   *
   * @return the providers
   */
  static List<StrategyProvider> builtIns() {
    return List.of(
        StrategyProvider.of(WEIGHTED_MEAN, StrategyKind.AGGREGATION, MeanAggregation::create),
        StrategyProvider.of(MEAN, StrategyKind.AGGREGATION, MeanAggregation::create),
        StrategyProvider.of(PROPORTIONAL_TO_TARGET, StrategyKind.AGGREGATION, MeanAggregation::create),
        StrategyProvider.of(MINIMUM, StrategyKind.AGGREGATION, MinimumAggregation::create),
        StrategyProvider.of(OKR, StrategyKind.AGGREGATION, MeanAggregation::create));
  }
}
