package dev.pillars.core.development;

import dev.pillars.core.Checks;
import dev.pillars.core.assessment.CompetencyGap;
import dev.pillars.core.assessment.GapReport;
import dev.pillars.core.competency.Competency;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.SuccessionPlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The leadership development view: for people in or nominated for leading roles, their leadership
 * competency gaps and the plans addressing them.
 *
 * <p>Leaders are those who manage someone, hold a key position, or are candidates for one. A plan
 * addresses a competency when it has a development goal on it, or an action naming it that is not
 * cancelled.
 */
public final class LeadershipView {
  private LeadershipView() {}

  /**
   * Returns the people in or nominated for leading roles: managers, incumbents of key positions
   * and candidates for them, in id order.
   *
   * @param organisation the organisation
   * @param succession the succession plans
   * @return the leaders
   * @throws NullPointerException if an argument is or holds null
   */
  public static List<EmployeeId> leaders(Organisation organisation, Collection<SuccessionPlan> succession) {
    Checks.notNull("organisation", organisation);
    Checks.notNull("succession", succession);
    Set<EmployeeId> leaders = new TreeSet<>();
    for (Employee e : organisation.employees()) {
      e.manager().ifPresent(leaders::add);
    }
    for (SuccessionPlan plan : succession) {
      plan.incumbent().ifPresent(leaders::add);
      plan.candidates().stream().map(Candidate::employee).forEach(leaders::add);
    }
    return List.copyOf(leaders);
  }

  /**
   * Returns each leader's leadership gaps and the plans addressing them, leaders with the largest
   * summed shortfall first, then in id order; leaders without a leadership shortfall are left out.
   *
   * @param model the model whose leadership competencies count
   * @param gaps the gap report
   * @param leaders the leaders
   * @param plans the development plans, anyone's
   * @return one view per leader with a leadership shortfall
   * @throws NullPointerException if an argument is or holds null
   */
  public static List<LeaderDevelopment> of(
      CompetencyModel model, GapReport gaps, Collection<EmployeeId> leaders, Collection<DevelopmentPlan> plans) {
    Checks.notNull("model", model);
    Checks.notNull("gaps", gaps);
    Checks.notNull("leaders", leaders);
    Checks.notNull("plans", plans);
    Set<CompetencyId> leadership = new HashSet<>();
    model.competencies().stream().filter(Competency::leadership).map(Competency::id).forEach(leadership::add);
    List<LeaderDevelopment> views = new ArrayList<>();
    for (EmployeeId leader : new TreeSet<>(leaders)) {
      List<CompetencyGap> shortfalls = new ArrayList<>(gaps.gaps(leader).stream()
          .filter(g -> leadership.contains(g.competency()) && g.shortfall() > 0)
          .toList());
      if (shortfalls.isEmpty()) {
        continue;
      }
      shortfalls.sort(Comparator.comparingInt(CompetencyGap::shortfall).reversed());
      List<PlanId> addressing = new ArrayList<>();
      Set<CompetencyId> addressed = new HashSet<>();
      for (DevelopmentPlan plan : plans) {
        if (!plan.employee().equals(leader)) {
          continue;
        }
        Set<CompetencyId> targets = targets(plan);
        boolean any = false;
        for (CompetencyGap g : shortfalls) {
          if (targets.contains(g.competency())) {
            addressed.add(g.competency());
            any = true;
          }
        }
        if (any) {
          addressing.add(plan.id());
        }
      }
      List<CompetencyId> unaddressed =
          shortfalls.stream().map(CompetencyGap::competency).filter(c -> !addressed.contains(c)).toList();
      views.add(new LeaderDevelopment(leader, shortfalls, addressing, unaddressed));
    }
    views.sort(Comparator.comparingInt((LeaderDevelopment v) -> -v.gaps().stream().mapToInt(CompetencyGap::shortfall).sum())
        .thenComparing(LeaderDevelopment::leader));
    return List.copyOf(views);
  }

  private static Set<CompetencyId> targets(DevelopmentPlan plan) {
    Set<CompetencyId> targets = new HashSet<>();
    plan.goals().forEach(g -> targets.add(g.competency()));
    plan.actions().stream()
        .filter(a -> a.status() != ActionStatus.CANCELLED)
        .forEach(a -> a.competency().ifPresent(targets::add));
    return targets;
  }
}
