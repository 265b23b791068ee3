package dev.pillars.scoring;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import java.util.Optional;

/**
 * The outcome of a strategy that had nothing to score, with the reason: distinct from a score of
 * zero.
 *
 * <p>Which strategies can have no score, and when, is written on each strategy family: an
 * aggregation of no inputs (a parent whose last child left), a composition with no component of
 * positive weight present (a review whose only component, feedback, was withdrawn).
 *
 * @param kind the kind of strategy that had nothing to score
 * @param config the configuration of that strategy
 * @param reason why there is no score
 * @param detail the reason in words a person reads, naming what was missing
 */
public record NoScore(StrategyKind kind, StrategyConfig config, Reason reason, String detail) implements Outcome {
  /** Why a strategy has no score. */
  public enum Reason {
    /**
     * The strategy was given no inputs: a parent goal none of whose children has a score (its last
     * child left, or none is measured yet), or a set of ratings that were all withdrawn.
     */
    NO_INPUTS,
    /**
     * No component of positive weight is present, and the strategy's policy leaves absent
     * components out rather than counting them as zero.
     */
    NO_COMPONENTS
  }

  /**
   * Creates the outcome.
   *
   * @param kind the kind of strategy that had nothing to score
   * @param config the configuration of that strategy
   * @param reason why there is no score
   * @param detail the reason in words a person reads, naming what was missing
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if {@code detail} is blank
   */
  public NoScore {
    requireNonNull(kind, "kind");
    requireNonNull(config, "config");
    requireNonNull(reason, "reason");
    Checks.notBlank("detail", requireNonNull(detail, "detail"));
  }

  /**
   * Returns the outcome of a strategy that had nothing to score.
   *
   * @param strategy the strategy
   * @param reason why there is no score
   * @param detail the reason in words a person reads
   * @return the outcome
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if {@code detail} is blank
   */
  public static NoScore of(ScoringStrategy strategy, Reason reason, String detail) {
    requireNonNull(strategy, "strategy");
    return new NoScore(strategy.kind(), strategy.config(), reason, detail);
  }

  @Override
  public Optional<Score> asScore() {
    return Optional.empty();
  }

  @Override
  public Optional<NoScore> asNoScore() {
    return Optional.of(this);
  }

  @Override
  public double valueOr(double whenNoScore) {
    return whenNoScore;
  }

  /**
   * Returns a short form such as {@code no score by weighted-mean: no inputs}.
   *
   * @return the outcome as text
   */
  @Override
  public String toString() {
    return "no score by " + config.name() + ": " + detail;
  }
}
