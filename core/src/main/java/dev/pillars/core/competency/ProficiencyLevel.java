package dev.pillars.core.competency;

import dev.pillars.core.Checks;

/**
 * One proficiency level of a competency, with the behaviour that shows it.
 *
 * @param level the level's number, from 1 (the lowest)
 * @param label the level's short name, such as {@code "Practitioner"}
 * @param behaviour what a person at this level does, such as {@code "Runs a shift hand-over
 *     without help"}
 */
public record ProficiencyLevel(int level, String label, String behaviour) {
  /**
   * Creates a level.
   *
   * @param level the level's number, from 1
   * @param label the short name, not blank
   * @param behaviour the behavioural description, not blank
   * @throws NullPointerException if a text is null
   * @throws dev.pillars.core.InvalidInputException if {@code level} is below 1 or a text is blank
   */
  public ProficiencyLevel {
    Checks.notNull("label", label);
    Checks.notNull("behaviour", behaviour);
    Checks.require(level >= 1, "level", level, "must be 1 or more");
    Checks.notBlank("label", label);
    Checks.notBlank("behaviour", behaviour);
  }
}
