package dev.pillars.engine.goal;

import static java.util.Objects.requireNonNull;

/**
 * What a bulk assignment of a goal template wrote.
 *
 * @param template the template's name
 * @param people how many people got the template's goals
 * @param goals how many goals were created
 * @param links how many alignment links were added
 * @param unitsOfWork how many units of work committed them
 */
public record Assignment(String template, int people, long goals, long links, int unitsOfWork) {
  /**
   * Creates the report.
   *
   * @param template the template's name
   * @param people how many people
   * @param goals how many goals
   * @param links how many links
   * @param unitsOfWork how many units of work
   * @throws NullPointerException if {@code template} is null
   */
  public Assignment {
    requireNonNull(template, "template");
  }
}
