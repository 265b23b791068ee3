package dev.pillars.scoring.aggregation;

import static java.util.Objects.requireNonNull;

import dev.pillars.scoring.NoScore;
import dev.pillars.scoring.Outcome;
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
 * <p><b>No inputs.</b> Aggregating nothing is not an error: a parent whose last child left, or a
 * round whose feedback was all withdrawn, simply has no score yet. {@link #outcome(List)} then
 * returns a {@link NoScore} (reason {@link NoScore.Reason#NO_INPUTS}), distinct from zero, and
 * {@link #aggregate(List)}, which must return a number, throws a {@link
 * dev.pillars.scoring.NoScoreException} carrying it. A host that wants 0 instead sets the parameter
 * {@value #NO_INPUTS} to {@code ZERO} (see {@link NoInputsPolicy}); both methods then return a
 * score of 0 whose receipt says why. Every built-in reads the parameter.
 *
 * <p>Duties of an implementation, besides those of {@link ScoringStrategy}: handle no inputs by its
 * {@link #noInputs()} policy ({@link NoInputsPolicy#score(AggregationStrategy)} does it); reject
 * duplicate names and inputs it cannot weigh with an {@link dev.pillars.core.InvalidInputException}
 * ({@link WeightedScore#sortedByName(List)} checks the names); record one receipt line per input
 * whose weight is the weight the strategy applied, such that feeding the lines back as inputs
 * (name, value, weight, size 1), which is what {@link #replay(Receipt)} does, computes the same
 * score bit for bit; or override {@code replay}.
 *
 * <p>The built-ins compute in the order of input names, so the result does not depend on the order
 * of the input list, and a result is clamped to the inputs' range so that children all at 3 give
 * their parent exactly 3. Each receipt line's weight is the weight applied, so that {@link
 * Receipt#shares()} is each child's share of the parent's score.
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
   * Name of the parameter every built-in reads for what no inputs give: {@code NO_SCORE} (the
   * default) or {@code ZERO}, a {@link NoInputsPolicy}.
   */
  String NO_INPUTS = "noInputs";

  /**
   * Computes the parent's score.
   *
   * @param inputs the children's scores, names unique; empty only where the strategy's {@link
   *     #noInputs()} policy is {@link NoInputsPolicy#ZERO}
   * @return the score with its receipt
   * @throws NullPointerException if {@code inputs} or one of its elements is null
   * @throws dev.pillars.scoring.NoScoreException if the inputs are empty and the policy is {@link
   *     NoInputsPolicy#NO_SCORE}: call {@link #outcome(List)} to get the {@link NoScore} instead
   * @throws dev.pillars.core.InvalidInputException if the inputs hold duplicate names or cannot be
   *     weighed (for example all weights zero)
   */
  Score aggregate(List<WeightedScore> inputs);

  /**
   * Computes the parent's score, or says that there is none: for no inputs under the {@link
   * NoInputsPolicy#NO_SCORE} policy, a {@link NoScore} with reason {@link
   * NoScore.Reason#NO_INPUTS}; otherwise what {@link #aggregate(List)} returns.
   *
   * @param inputs the children's scores, possibly none, names unique
   * @return the score, or why there is none
   * @throws NullPointerException if {@code inputs} or one of its elements is null
   * @throws dev.pillars.core.InvalidInputException if the inputs hold duplicate names or cannot be
   *     weighed
   */
  default Outcome outcome(List<WeightedScore> inputs) {
    requireNonNull(inputs, "inputs");
    if (inputs.isEmpty() && noInputs() == NoInputsPolicy.NO_SCORE) {
      return NoInputsPolicy.noScore(this);
    }
    return aggregate(inputs);
  }

  /**
   * Returns what this strategy gives for no inputs.
   *
   * @return the policy of the configuration's {@value #NO_INPUTS} parameter, {@link
   *     NoInputsPolicy#NO_SCORE} if it is not set
   * @throws dev.pillars.scoring.InvalidParameterException if the parameter names no policy
   */
  default NoInputsPolicy noInputs() {
    return NoInputsPolicy.of(config());
  }

  @Override
  default StrategyKind kind() {
    return StrategyKind.AGGREGATION;
  }

  /**
   * Computes a receipt's score again from its lines.
   *
   * @param receipt a receipt of this strategy
   * @return the same score, bit for bit
   * @throws NullPointerException if {@code receipt} is null
   * @throws dev.pillars.core.InvalidInputException if the receipt is not an aggregation receipt of
   *     this strategy's configuration
   */
  default Score replay(Receipt receipt) {
    requireNonNull(receipt, "receipt").requireWrittenBy(this);
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
