package dev.pillars.core.smart;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * The outcome of one SMART check, from best to worst: {@link #PASS}, {@link #WARN}, {@link
 * #FAIL}. The declaration order is the severity order, so {@code compareTo} ranks verdicts.
 */
public enum Verdict {
  /** The goal meets the letter. */
  PASS,
  /** The goal meets the letter only partly, or the assessor could not fully tell; worth a look. */
  WARN,
  /** The goal does not meet the letter. */
  FAIL;

  /**
   * Returns whether this verdict is worse than another.
   *
   * @param other the other verdict
   * @return true if this verdict is more severe than {@code other}
   */
  public boolean isWorseThan(Verdict other) {
    Checks.notNull("other", other);
    return compareTo(other) > 0;
  }

  /**
   * Returns the worse of this verdict and another.
   *
   * @param other the other verdict
   * @return the more severe of the two
   */
  public Verdict worst(Verdict other) {
    return requireNonNull(other, "other").isWorseThan(this) ? other : this;
  }
}
