package dev.pillars.core.assessment;

import dev.pillars.core.Checks;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.org.EmployeeId;

/**
 * One person's gap in one competency: the required level minus the assessed one.
 *
 * @param employee the person
 * @param competency the competency
 * @param required the level the person's role or grade requires, 0 if none
 * @param assessed the assessed level under the analysis's {@link DisagreementRule}, from 1
 */
public record CompetencyGap(EmployeeId employee, CompetencyId competency, int required, int assessed) {
  /**
   * Creates a gap.
   *
   * @param employee the person
   * @param competency the competency
   * @param required the required level, 0 or more
   * @param assessed the assessed level, 1 or more
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if a level is out of range
   */
  public CompetencyGap {
    Checks.notNull("employee", employee);
    Checks.notNull("competency", competency);
    Checks.require(required >= 0, "required", required, "must be 0 or more");
    Checks.require(assessed >= 1, "assessed", assessed, "must be 1 or more");
  }

  /**
   * Returns the required level minus the assessed one; negative where the person exceeds it.
   *
   * @return the signed gap
   */
  public int gap() {
    return required - assessed;
  }

  /**
   * Returns how many levels the person lacks: the gap, or 0 where they meet the requirement.
   *
   * @return the shortfall, 0 or more
   */
  public int shortfall() {
    return Math.max(0, gap());
  }
}
