package dev.pillars.scoring;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.InvalidInputException;

/**
 * Thrown by a method that must return a {@link Score}, such as {@code AggregationStrategy.aggregate},
 * when the strategy has nothing to score. The method that returns an {@link Outcome} instead (such
 * as {@code AggregationStrategy.outcome}) returns the {@link NoScore} this exception carries.
 */
public final class NoScoreException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The outcome, for the caller; not serialized, since a configuration is not serializable. */
  @SuppressWarnings("serial")
  private final transient NoScore noScore;

  /**
   * Creates the exception.
   *
   * @param field the input that held nothing to score, such as {@code inputs}
   * @param value the input's value, such as an empty list
   * @param noScore why there is no score
   * @throws NullPointerException if an argument is null
   */
  public NoScoreException(String field, Object value, NoScore noScore) {
    super(field, requireNonNull(value, "value"), "must hold something to score where a number is asked of "
        + requireNonNull(noScore, "noScore").config() + " (" + noScore.detail()
        + "); its outcome(...) gives this as a NoScore instead");
    this.noScore = noScore;
  }

  /**
   * Returns why there is no score.
   *
   * @return the outcome
   */
  public NoScore noScore() {
    return noScore;
  }
}
