package dev.pillars.core.assessment;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;

/**
 * Who made an assessment, and in which role.
 *
 * @param id the assessor
 * @param role self, manager or assessor
 */
public record Assessor(EmployeeId id, AssessorRole role) {
  /**
   * Creates an assessor.
   *
   * @param id the assessor
   * @param role the role
   * @throws NullPointerException if a part is null
   */
  public Assessor {
    Checks.notNull("id", id);
    Checks.notNull("role", role);
  }
}
