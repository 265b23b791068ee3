package dev.pillars.core.succession;

import dev.pillars.core.Checks;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.org.EmployeeId;
import java.util.HashSet;
import java.util.List;

/**
 * A candidate on a key position's slate, with their readiness and the gaps they must close.
 *
 * @param employee the candidate
 * @param readiness how soon they could take over
 * @param gapsToClose the competencies they must develop first, distinct
 */
public record Candidate(EmployeeId employee, Readiness readiness, List<CompetencyId> gapsToClose) {
  /**
   * Creates a candidate.
   *
   * @param employee the candidate
   * @param readiness the readiness
   * @param gapsToClose the competencies to develop, distinct
   * @throws NullPointerException if a part is null or the list holds null
   * @throws dev.pillars.core.InvalidInputException if a competency is named twice
   */
  public Candidate {
    Checks.notNull("employee", employee);
    Checks.notNull("readiness", readiness);
    gapsToClose = List.copyOf(Checks.notNull("gapsToClose", gapsToClose));
    Checks.require(new HashSet<>(gapsToClose).size() == gapsToClose.size(), "gapsToClose", gapsToClose, "must not repeat a competency");
  }
}
