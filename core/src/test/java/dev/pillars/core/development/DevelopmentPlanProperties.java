package dev.pillars.core.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.core.IllegalTransitionException;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.event.Change;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Plan progress never falls when actions complete or milestones are reached; bad input is refused. */
class DevelopmentPlanProperties {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);
  static final LocalDate DUE = LocalDate.of(2026, 9, 30);

  record Scenario(DevelopmentPlan plan, List<int[]> steps) {}

  static DevelopmentPlan plan(String id) {
    return DevelopmentPlan.builder()
        .id(PlanId.of(id))
        .employee(EmployeeId.of("ana"))
        .title("Ready to lead a shift")
        .period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .build();
  }

  static DevelopmentAction action(int i, int milestones) {
    List<Milestone> list = new ArrayList<>();
    for (int m = 0; m < milestones; m++) {
      list.add(Milestone.open("Step " + m));
    }
    return DevelopmentAction.builder()
        .id(ActionId.of("act" + i))
        .kind(ActionKind.values()[i % ActionKind.values().length])
        .title("Action " + i)
        .due(DUE)
        .addAllMilestones(list)
        .cost(Cost.of(1000L * i, "EUR"))
        .build();
  }

  /** A plan with up to six actions and a random list of steps: {kind, action, milestone}. */
  static final Gen<Scenario> SCENARIOS = rs -> {
    int n = integers().between(1, 6).generate(rs);
    List<DevelopmentAction> actions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      actions.add(action(i, integers().between(0, 3).generate(rs)));
    }
    DevelopmentPlan plan = plan("p").add(actions, CLOCK).value();
    List<int[]> steps = new ArrayList<>();
    int count = integers().between(0, 20).generate(rs);
    for (int s = 0; s < count; s++) {
      steps.add(new int[] {integers().between(0, 3).generate(rs), integers().between(0, n - 1).generate(rs), integers().between(0, 3).generate(rs)});
    }
    return new Scenario(plan, steps);
  };

  @Test
  void progressNeverFallsWhenAnActionCompletesOrAMilestoneIsReached() {
    qt().forAll(SCENARIOS).checkAssert(s -> {
      DevelopmentPlan plan = s.plan();
      for (int[] step : s.steps()) {
        ActionId id = ActionId.of("act" + step[1]);
        DevelopmentPlan before = plan;
        try {
          Change<DevelopmentPlan> change = switch (step[0]) {
            case 0 -> plan.move(id, ActionStatus.COMPLETED, CLOCK);
            case 1 -> plan.reachMilestone(id, step[2], CLOCK);
            case 2 -> plan.move(id, ActionStatus.IN_PROGRESS, CLOCK);
            default -> plan.move(id, ActionStatus.CANCELLED, CLOCK);
          };
          plan = change.value();
          assertThat(change.events()).hasSize(1);
          if (step[0] < 3) {
            assertThat(plan.progress()).isGreaterThanOrEqualTo(before.progress());
          }
          if (step[0] == 0) {
            assertThat(plan.action(id).orElseThrow().progress()).isEqualTo(1.0);
          }
        } catch (InvalidInputException refused) {
          assertThat(plan).isEqualTo(before);
        }
        assertThat(plan.progress()).isBetween(0.0, 1.0);
      }
    });
  }

  @Test
  void progressIsTheMeanOfTheActionsThatAreNotCancelled() {
    DevelopmentPlan plan = plan("p").add(List.of(action(1, 2), action(2, 0), action(3, 0)), CLOCK).value();
    plan = plan.reachMilestone(ActionId.of("act1"), 0, CLOCK).value();
    plan = plan.move(ActionId.of("act2"), ActionStatus.COMPLETED, CLOCK).value();
    assertThat(plan.progress()).isEqualTo((0.5 + 1 + 0) / 3);
    plan = plan.move(ActionId.of("act3"), ActionStatus.CANCELLED, CLOCK).value();
    assertThat(plan.progress()).isEqualTo((0.5 + 1) / 2);
    assertThat(plan.costs()).containsExactly(java.util.Map.entry("EUR", 3000L));
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    DevelopmentPlan plan = plan("p").add(action(1, 1), CLOCK).value();
    DevelopmentPlan copy = plan;
    assertThatThrownBy(() -> copy.add(action(1, 0), CLOCK)).isInstanceOf(InvalidInputException.class).hasMessageContaining("must be an id new to plan p");
    assertThatThrownBy(() -> copy.move(ActionId.of("nope"), ActionStatus.COMPLETED, CLOCK)).hasMessage("action was nope: must be an action of plan p");
    DevelopmentPlan done = plan.move(ActionId.of("act1"), ActionStatus.COMPLETED, CLOCK).value();
    assertThatThrownBy(() -> done.move(ActionId.of("act1"), ActionStatus.IN_PROGRESS, CLOCK)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> done.reachMilestone(ActionId.of("act1"), 0, CLOCK)).hasMessageContaining("must be PLANNED or IN_PROGRESS");
    assertThatThrownBy(() -> copy.reachMilestone(ActionId.of("act1"), 3, CLOCK)).hasMessageContaining("milestone was 3");
    assertThatThrownBy(() -> Cost.of(-1, "EUR")).hasMessage("minorUnits was -1: must be 0 or more");
    assertThatThrownBy(() -> Cost.of(1, "eur")).hasMessageContaining("ISO 4217");
    assertThatThrownBy(() -> new DevelopmentGoal(GoalId.of("g"), CompetencyId.of("c"), 2, 2)).hasMessageContaining("targetLevel was 2");
    DevelopmentGoal goal = new DevelopmentGoal(GoalId.of("g"), CompetencyId.of("c"), 1, 3);
    DevelopmentPlan linked = plan.link(goal, CLOCK).value();
    assertThatThrownBy(() -> linked.link(goal, CLOCK)).hasMessageContaining("must not be in plan p yet");
    assertThatThrownBy(() -> plan.add(List.of(), CLOCK)).hasMessageContaining("at least one action");
    assertThatThrownBy(() -> plan.add((DevelopmentAction) null, CLOCK)).isInstanceOf(NullPointerException.class);
    assertThat(plan).isEqualTo(copy);
  }
}
