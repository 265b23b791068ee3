package dev.pillars.core.competency;

import dev.pillars.core.Checks;
import java.util.List;

/**
 * A competency of a model: a skill or behaviour with its proficiency levels.
 *
 * @param id the competency's id
 * @param name the name, such as {@code "Decision-making"}
 * @param leadership whether it is a leadership competency (communication, decision-making,
 *     strategic thinking, coaching others), which the leadership development view reads
 * @param levels the proficiency levels, numbered 1, 2, … in order
 */
public record Competency(CompetencyId id, String name, boolean leadership, List<ProficiencyLevel> levels) {
  /**
   * Creates a competency.
   *
   * @param id the id
   * @param name the name, not blank
   * @param leadership whether it is a leadership competency
   * @param levels the levels, at least one, numbered 1, 2, … in order
   * @throws NullPointerException if a part is null or {@code levels} holds null
   * @throws dev.pillars.core.InvalidInputException if {@code name} is blank or the levels are not
   *     numbered 1, 2, … in order
   */
  public Competency {
    Checks.notNull("id", id);
    Checks.notNull("name", name);
    levels = List.copyOf(Checks.notNull("levels", levels));
    Checks.notBlank("name", name);
    Checks.require(!levels.isEmpty(), "levels", levels, "must hold at least one level");
    for (int i = 0; i < levels.size(); i++) {
      Checks.require(
          levels.get(i).level() == i + 1,
          "levels",
          levels.get(i).level(),
          "must be numbered 1, 2, ... in order (position " + (i + 1) + " of " + id + ")");
    }
  }

  /**
   * Returns the highest level of this competency.
   *
   * @return the number of levels
   */
  public int highestLevel() {
    return levels.size();
  }
}
