package dev.pillars.persistence.jdbc;

import dev.pillars.core.Period;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.time.LocalDate;
import java.util.List;

/** Small, valid, varied goals for the JDBC store's own tests. */
final class TestGoals {
  static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  private TestGoals() {}

  static GoalId id(int n) {
    return GoalId.of("g-" + n);
  }

  static EmployeeId employee(int n) {
    return EmployeeId.of("e-" + n);
  }

  /** An individual goal of the given employee; variants differ in title, weight, status and measure. */
  static Goal individual(int n, int variant, EmployeeId owner) {
    return goal(id(n), variant, GoalOwner.employee(owner), GoalLevel.INDIVIDUAL);
  }

  /** A unit goal; variants differ as for {@link #individual}. */
  static Goal unit(int n, int variant) {
    return goal(id(n), variant, GoalOwner.unit(OrgUnitId.of("plant-" + variant % 2)), GoalLevel.UNIT);
  }

  static Goal goal(GoalId id, int variant, GoalOwner owner, GoalLevel level) {
    GoalMeasure measure;
    switch (Math.floorMod(variant, 4)) {
      case 0:
        measure = GoalMeasure.manual(Math.floorMod(variant, 11) / 10.0);
        break;
      case 1:
        measure =
            GoalMeasure.kpi(
                KpiId.of("kpi-" + variant),
                KpiTarget.builder().baseline(variant).target(variant + 10.5).threshold(variant + 2).stretch(variant + 12).build());
        break;
      case 2:
        measure = GoalMeasure.milestones(List.of(Milestone.open("plan \"" + variant + "\""), Milestone.open("ship").complete()));
        break;
      default:
        measure = GoalMeasure.kpi(KpiId.of("defects"), KpiTarget.within(1, 3, 9 + variant));
        break;
    }
    Goal.Builder builder =
        Goal.builder()
            .id(id)
            .title("Goal " + id + " variant " + variant)
            .owner(owner)
            .level(level)
            .period(YEAR)
            .dueDate(YEAR.start().plusDays(Math.floorMod(variant * 37, 365)))
            .weight(1 + Math.floorMod(variant, 5) * 0.25)
            .status(GoalStatus.values()[Math.floorMod(variant, GoalStatus.values().length)])
            .measure(measure);
    if (variant % 3 == 0) {
      builder.description("Description of variant " + variant + "\nwith a second line");
    }
    return builder.build();
  }

  /** Returns the goal with another weight. */
  static Goal withWeight(Goal goal, double weight) {
    return Goal.builder()
        .id(goal.id())
        .title(goal.title())
        .description(goal.description())
        .owner(goal.owner())
        .level(goal.level())
        .period(goal.period())
        .dueDate(goal.dueDate())
        .weight(weight)
        .status(goal.status())
        .measure(goal.measure())
        .build();
  }
}
