package dev.pillars.core.development;

import dev.pillars.core.Checks;
import dev.pillars.core.competency.CompetencyId;
import java.util.OptionalInt;

/**
 * A plan's targeted competency before and after: the level when the plan took it on, the level
 * assessed now, and the target.
 *
 * @param competency the competency
 * @param before the level at the start, 0 if the person was not assessed then
 * @param after the level assessed now, if the person has been assessed in it
 * @param target the level aimed at
 */
public record CompetencyOutcome(CompetencyId competency, int before, OptionalInt after, int target) {
  /**
   * Creates an outcome.
   *
   * @param competency the competency
   * @param before the level at the start
   * @param after the level now, if assessed
   * @param target the target
   * @throws NullPointerException if a part is null
   */
  public CompetencyOutcome {
    Checks.notNull("competency", competency);
    Checks.notNull("after", after);
  }

  /**
   * Returns whether the level assessed now reaches the target.
   *
   * @return whether the target is reached
   */
  public boolean reached() {
    return after.isPresent() && after.getAsInt() >= target;
  }
}
