package dev.pillars.core.survey;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * Identifies a pulse or engagement survey within a tenant.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record SurveyId(String value) implements Comparable<SurveyId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public SurveyId {
    Checks.identifier("surveyId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the identifier text
   * @return the id
   */
  public static SurveyId of(String value) {
    return new SurveyId(value);
  }

  @Override
  public int compareTo(SurveyId other) {
    return value.compareTo(requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
