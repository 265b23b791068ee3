package dev.pillars.scoring.aggregation;

import static java.util.Objects.requireNonNull;

import dev.pillars.scoring.NoScore;
import dev.pillars.scoring.NoScoreException;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import java.util.List;

/**
 * What an aggregation returns for no inputs, set with the strategy parameter {@value
 * AggregationStrategy#NO_INPUTS}: a parent goal whose last child left, or a round whose feedback
 * was all withdrawn, has nothing to aggregate.
 */
public enum NoInputsPolicy {
  /**
   * There is no score, which is not zero: {@link AggregationStrategy#outcome(java.util.List)}
   * returns a {@link dev.pillars.scoring.NoScore} with reason {@link
   * dev.pillars.scoring.NoScore.Reason#NO_INPUTS}, and {@link
   * AggregationStrategy#aggregate(java.util.List)} throws a {@link
   * dev.pillars.scoring.NoScoreException}. The default.
   */
  NO_SCORE,
  /**
   * The score is 0, with no receipt lines and a note that says why; for a host whose users expect
   * an empty parent to show 0.
   */
  ZERO;

  /** The note on the receipt of a zero score for no inputs. */
  static final String ZERO_NOTE = "no inputs: scored 0, as configured (" + AggregationStrategy.NO_INPUTS + " = ZERO)";

  /**
   * Reads the policy from a configuration's {@value AggregationStrategy#NO_INPUTS} parameter; for
   * strategy authors, when a strategy is created.
   *
   * @param config the strategy's configuration
   * @return the policy set, or {@link #NO_SCORE} if the parameter is not set
   * @throws NullPointerException if {@code config} is null
   * @throws dev.pillars.scoring.InvalidParameterException if the parameter names no policy
   */
  public static NoInputsPolicy of(StrategyConfig config) {
    requireNonNull(config, "config");
    return config.has(AggregationStrategy.NO_INPUTS)
        ? config.choice(AggregationStrategy.NO_INPUTS, NoInputsPolicy.class)
        : NO_SCORE;
  }

  /**
   * Returns what a strategy following this policy scores for no inputs; for strategy authors, in
   * {@link AggregationStrategy#aggregate(List)} when the input list is empty.
   *
   * @param strategy the strategy that was given no inputs
   * @return a score of 0 with a receipt that has no lines and says why, under {@link #ZERO}
   * @throws NullPointerException if {@code strategy} is null
   * @throws NoScoreException under {@link #NO_SCORE}, carrying the {@link NoScore}
   */
  public Score score(AggregationStrategy strategy) {
    requireNonNull(strategy, "strategy");
    if (this == NO_SCORE) {
      throw new NoScoreException("inputs", List.of(), noScore(strategy));
    }
    return Score.of(
        Receipt.builder().kind(strategy.kind()).config(strategy.config()).addNotes(ZERO_NOTE).unroundedValue(0.0).build());
  }

  static NoScore noScore(AggregationStrategy strategy) {
    return NoScore.of(strategy, NoScore.Reason.NO_INPUTS,
        "no inputs: nothing to aggregate, such as a parent none of whose children has a score");
  }
}
