package dev.pillars.core.competency;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * Identifies a competency (communication, decision-making, a technical skill) within a tenant; feedback, reviews and development plans refer to competencies by it.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record CompetencyId(String value) implements Comparable<CompetencyId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public CompetencyId {
    Checks.identifier("competencyId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the identifier text
   * @return the id
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public static CompetencyId of(String value) {
    return new CompetencyId(value);
  }

  @Override
  public int compareTo(CompetencyId other) {
    return value.compareTo(requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
