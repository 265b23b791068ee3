package dev.pillars.core.feedback;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * Identifies one piece of feedback within a tenant.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record FeedbackId(String value) implements Comparable<FeedbackId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public FeedbackId {
    Checks.identifier("feedbackId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the identifier text
   * @return the id
   */
  public static FeedbackId of(String value) {
    return new FeedbackId(value);
  }

  @Override
  public int compareTo(FeedbackId other) {
    return value.compareTo(requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
