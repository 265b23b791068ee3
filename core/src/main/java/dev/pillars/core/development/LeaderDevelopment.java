package dev.pillars.core.development;

import dev.pillars.core.Checks;
import dev.pillars.core.assessment.CompetencyGap;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.org.EmployeeId;
import java.util.List;

/**
 * One leader's development: their shortfalls in leadership competencies, the plans that address
 * them, and the shortfalls no plan addresses yet.
 *
 * @param leader the person in or nominated for a leading role
 * @param gaps their leadership competency gaps with a shortfall, largest first
 * @param plans their plans that address at least one of these gaps
 * @param unaddressed the competencies of {@code gaps} that no plan addresses
 */
public record LeaderDevelopment(
    EmployeeId leader, List<CompetencyGap> gaps, List<PlanId> plans, List<CompetencyId> unaddressed) {
  /**
   * Creates a leader's development view.
   *
   * @param leader the leader
   * @param gaps the gaps
   * @param plans the plans addressing them
   * @param unaddressed the gaps no plan addresses
   * @throws NullPointerException if a part is or holds null
   */
  public LeaderDevelopment {
    Checks.notNull("leader", leader);
    gaps = List.copyOf(Checks.notNull("gaps", gaps));
    plans = List.copyOf(Checks.notNull("plans", plans));
    unaddressed = List.copyOf(Checks.notNull("unaddressed", unaddressed));
  }
}
