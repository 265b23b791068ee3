package dev.pillars.scoring;

import dev.pillars.core.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A number a strategy computed, with the receipt that explains it.
 *
 * <p>Scores are values: two scores are equal when their receipts are equal.
 */
public final class Score {
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
