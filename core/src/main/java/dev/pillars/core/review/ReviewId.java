package dev.pillars.core.review;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * Identifies one review (one author's review of one person in one cycle) within a tenant.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record ReviewId(String value) implements Comparable<ReviewId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public ReviewId {
    Checks.identifier("reviewId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the identifier text
   * @return the id
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public static ReviewId of(String value) {
    return new ReviewId(value);
  }

  @Override
  public int compareTo(ReviewId other) {
    return value.compareTo(requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
