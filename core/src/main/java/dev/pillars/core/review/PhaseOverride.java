package dev.pillars.core.review;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.util.List;

/**
 * HR closing a cycle's phase although its work is open: who, why, and what was still open.
 *
 * @param actor the HR person who closed the phase
 * @param reason why, not blank
 * @param openWork what was still open, as {@link CycleStatus#openWork(ReviewPhase)} said
 */
public record PhaseOverride(EmployeeId actor, String reason, List<String> openWork) {
  /**
   * Creates an override.
   *
   * @param actor the HR person
   * @param reason why, not blank
   * @param openWork what was still open
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the reason is blank
   */
  public PhaseOverride {
    Checks.notNull("actor", actor);
    Checks.notNull("reason", reason);
    Checks.notNull("openWork", openWork);
    Checks.notBlank("reason", reason);
    openWork = List.copyOf(openWork);
  }
}
