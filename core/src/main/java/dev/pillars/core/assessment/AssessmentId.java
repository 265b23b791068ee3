package dev.pillars.core.assessment;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * Identifies one competency assessment within a tenant.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record AssessmentId(String value) implements Comparable<AssessmentId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public AssessmentId {
    Checks.identifier("assessmentId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the identifier text
   * @return the id
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public static AssessmentId of(String value) {
    return new AssessmentId(value);
  }

  @Override
  public int compareTo(AssessmentId other) {
    return value.compareTo(requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
