package dev.pillars.scoring;

import java.util.Optional;

/**
 * What a strategy returns when it may have nothing to score: either a {@link Score} or a {@link
 * NoScore} that says why there is none.
 *
 * <p>"No score" is not zero: a parent goal whose last child left, or a feedback round whose every
 * answer was withdrawn, has no score yet, and a UI shows it as such rather than as 0. A host that
 * wants 0 instead configures the strategy so (for an aggregation, {@code noInputs = ZERO}).
 *
 * <pre>{@code
 * Outcome outcome = rollup.outcome(children);
 * if (outcome instanceof Score score) {
 *   show(score.value(), score.receipt());
 * } else if (outcome instanceof NoScore none) {
 *   show("no score: " + none.detail());
 * }
 * }</pre>
 */
public sealed interface Outcome permits Score, NoScore {
  /**
   * Returns the kind of strategy that produced this outcome.
   *
   * @return the kind
   */
  StrategyKind kind();

  /**
   * Returns the configuration of the strategy that produced this outcome.
   *
   * @return the configuration
   */
  StrategyConfig config();

  /**
   * Returns the score, if this outcome is one.
   *
   * @return the score, or empty for a {@link NoScore}
   */
  Optional<Score> asScore();

  /**
   * Returns why there is no score, if this outcome is a {@link NoScore}.
   *
   * @return the reason, or empty for a {@link Score}
   */
  Optional<NoScore> asNoScore();

  /**
   * Returns the score's value, or {@code whenNoScore} if there is no score, for a caller that has
   * decided what "no score" means to it.
   *
   * @param whenNoScore the value to return when there is no score
   * @return the score's value or {@code whenNoScore}
   */
  double valueOr(double whenNoScore);
}
