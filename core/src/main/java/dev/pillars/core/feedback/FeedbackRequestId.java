package dev.pillars.core.feedback;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * Identifies a feedback request within a tenant.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record FeedbackRequestId(String value) implements Comparable<FeedbackRequestId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public FeedbackRequestId {
    Checks.identifier("feedbackRequestId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the identifier text
   * @return the id
   */
  public static FeedbackRequestId of(String value) {
    return new FeedbackRequestId(value);
  }

  @Override
  public int compareTo(FeedbackRequestId other) {
    return value.compareTo(requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
