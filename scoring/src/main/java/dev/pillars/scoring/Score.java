package dev.pillars.scoring;

import dev.pillars.core.Checks;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A number a strategy computed, with the receipt that explains it.
 *
 * <p>Scores are values: two scores are equal when their receipts are equal. A score is one of the
 * two {@link Outcome}s; the other is {@link NoScore}.
 */
public final class Score implements Outcome {
  private final Receipt receipt;

  private Score(Receipt receipt) {
    this.receipt = receipt;
  }

  /**
   * Returns the score a receipt explains.
   *
   * @param receipt the receipt
   * @return the score
   */
  public static Score of(Receipt receipt) {
    return new Score(Checks.notNull("receipt", receipt));
  }

  /**
   * Returns the score's value, rounded if the strategy's configuration asks for it.
   *
   * @return the value, finite
   */
  public double value() {
    return receipt.value();
  }

  /**
   * Returns the explanation of the score.
   *
   * @return the receipt
   */
  public Receipt receipt() {
    return receipt;
  }

  /**
   * Returns the kind of strategy that computed the score, as its receipt records it.
   *
   * @return the kind
   */
  @Override
  public StrategyKind kind() {
    return receipt.kind();
  }

  /**
   * Returns the configuration of the strategy that computed the score, as its receipt records it.
   *
   * @return the configuration
   */
  @Override
  public StrategyConfig config() {
    return receipt.config();
  }

  @Override
  public Optional<Score> asScore() {
    return Optional.of(this);
  }

  @Override
  public Optional<NoScore> asNoScore() {
    return Optional.empty();
  }

  @Override
  public double valueOr(double whenNoScore) {
    return value();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Score s && receipt.equals(s.receipt);
  }

  @Override
  public int hashCode() {
    return receipt.hashCode();
  }

  /**
   * Returns a short form such as {@code 0.75 by weighted-mean}.
   *
   * @return the score as text
   */
  @Override
  public String toString() {
    return value() + " by " + receipt.config().name();
  }
}
