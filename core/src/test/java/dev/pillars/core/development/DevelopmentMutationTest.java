package dev.pillars.core.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.IllegalTransitionException;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.assessment.Assessor;
import dev.pillars.core.assessment.AssessorRole;
import dev.pillars.core.assessment.CompetencyGap;
import dev.pillars.core.assessment.DisagreementRule;
import dev.pillars.core.assessment.GapAnalysis;
import dev.pillars.core.assessment.GapReport;
import dev.pillars.core.assessment.Rating;
import dev.pillars.core.competency.Competency;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.CompetencyModelId;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.competency.ProficiencyLevel;
import dev.pillars.core.competency.Requirement;
import dev.pillars.core.event.Change;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Development plans: a transition table written out, exact progress and costs, events, and the leaders' view. */
class DevelopmentMutationTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);
  static final LocalDate DUE = LocalDate.of(2026, 9, 30);
  static final PlanId P = PlanId.of("p");
  static final CompetencyId SAFETY = CompetencyId.of("safety");
  static final CompetencyId COACHING = CompetencyId.of("coaching");
  static final CompetencyId LEADING = CompetencyId.of("leading");

  static DevelopmentPlan.Builder planBuilder(String id, String employee) {
    return DevelopmentPlan.builder()
        .id(PlanId.of(id))
        .employee(EmployeeId.of(employee))
        .title("Grow")
        .period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  static DevelopmentPlan plan(String id, String employee) {
    return planBuilder(id, employee).build();
  }

  static DevelopmentAction.Builder actionBuilder(String id) {
    return DevelopmentAction.builder().id(ActionId.of(id)).kind(ActionKind.TRAINING).title("Course " + id).due(DUE);
  }

  static DevelopmentAction action(String id, int milestones, Cost cost) {
    List<Milestone> list = new ArrayList<>();
    for (int m = 0; m < milestones; m++) {
      list.add(Milestone.open("Step " + m));
    }
    return DevelopmentAction.builder().id(ActionId.of(id)).kind(ActionKind.TRAINING).title("Course " + id).due(DUE)
        .addAllMilestones(list).cost(cost).build();
  }

  static DevelopmentAction on(String id, CompetencyId competency) {
    return DevelopmentAction.builder().id(ActionId.of(id)).kind(ActionKind.MENTORING).title("On " + competency)
        .competency(competency).due(DUE).build();
  }

  @Test
  void actionStatusesFollowTheWrittenTable() {
    Map<ActionStatus, Set<ActionStatus>> legal = Map.of(
        ActionStatus.PLANNED, EnumSet.of(ActionStatus.IN_PROGRESS, ActionStatus.COMPLETED, ActionStatus.CANCELLED),
        ActionStatus.IN_PROGRESS, EnumSet.of(ActionStatus.COMPLETED, ActionStatus.CANCELLED),
        ActionStatus.COMPLETED, EnumSet.noneOf(ActionStatus.class),
        ActionStatus.CANCELLED, EnumSet.noneOf(ActionStatus.class));
    for (ActionStatus from : ActionStatus.values()) {
      assertThat(from.successors()).as("after %s", from).isEqualTo(legal.get(from));
      for (ActionStatus to : ActionStatus.values()) {
        assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(legal.get(from).contains(to));
      }
    }
  }

  @Test
  void eachChangeRecordsItsEvent() {
    DevelopmentPlan plan = plan("p", "ana");
    Change<DevelopmentPlan> created = DevelopmentPlan.create(plan, CLOCK);
    assertThat(created.events()).containsExactly(new PlanCreated(plan, CLOCK.instant()));
    assertThat(new PlanCreated(plan, CLOCK.instant()).planId()).isEqualTo(P);
    assertThat(created.events().get(0).aggregateId()).isEqualTo("p");

    DevelopmentGoal goal = new DevelopmentGoal(GoalId.of("g"), SAFETY, 0, 2);
    Change<DevelopmentPlan> linked = plan.link(goal, CLOCK);
    assertThat(linked.value().goals()).containsExactly(goal);
    assertThat(linked.events()).containsExactly(new DevelopmentGoalLinked(P, goal, CLOCK.instant()));

    DevelopmentAction a = action("a", 2, Cost.of(100, "EUR"));
    DevelopmentAction b = action("b", 0, Cost.of(5, "USD"));
    Change<DevelopmentPlan> added = linked.value().add(List.of(a, b), CLOCK);
    assertThat(added.value().actions()).containsExactly(a, b);
    assertThat(added.events()).containsExactly(new ActionAdded(P, a, CLOCK.instant()), new ActionAdded(P, b, CLOCK.instant()));

    Change<DevelopmentPlan> moved = added.value().move(ActionId.of("a"), ActionStatus.IN_PROGRESS, CLOCK);
    assertThat(moved.value().action(ActionId.of("a")).orElseThrow().status()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(moved.value().action(ActionId.of("b")).orElseThrow()).isEqualTo(b);
    assertThat(moved.events()).containsExactly(
        new ActionStatusChanged(P, ActionId.of("a"), ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, CLOCK.instant()));

    Change<DevelopmentPlan> reached = moved.value().reachMilestone(ActionId.of("a"), 1, CLOCK);
    assertThat(reached.value().action(ActionId.of("a")).orElseThrow().milestones())
        .containsExactly(Milestone.open("Step 0"), Milestone.open("Step 1").complete());
    assertThat(reached.events()).containsExactly(new ActionMilestoneReached(P, ActionId.of("a"), 1, CLOCK.instant()));
    assertThat(reached.value().goals()).containsExactly(goal);
  }

  @Test
  void progressIsExact() {
    assertThat(plan("p", "ana").progress()).isZero();
    DevelopmentAction three = action("a", 3, Cost.of(0, "EUR"));
    assertThat(three.progress()).isZero();
    assertThat(action("b", 0, Cost.of(0, "EUR")).progress()).isZero();
    DevelopmentPlan plan = plan("p", "ana").add(List.of(three, action("b", 0, Cost.of(0, "EUR"))), CLOCK).value()
        .reachMilestone(ActionId.of("a"), 2, CLOCK).value();
    assertThat(plan.action(ActionId.of("a")).orElseThrow().progress()).isEqualTo(1.0 / 3);
    assertThat(plan.progress()).isEqualTo((1.0 / 3) / 2);
    DevelopmentPlan completed = plan.move(ActionId.of("a"), ActionStatus.COMPLETED, CLOCK).value();
    assertThat(completed.action(ActionId.of("a")).orElseThrow().progress()).isEqualTo(1.0);
    assertThat(completed.progress()).isEqualTo(0.5);
    DevelopmentPlan allCancelled = plan.move(ActionId.of("a"), ActionStatus.CANCELLED, CLOCK).value()
        .move(ActionId.of("b"), ActionStatus.CANCELLED, CLOCK).value();
    assertThat(allCancelled.progress()).isZero();
    assertThat(allCancelled.action(ActionId.of("c"))).isEmpty();
  }

  @Test
  void costsAddUpPerCurrencyWithoutCancelledActions() {
    DevelopmentPlan plan = plan("p", "ana").add(List.of(
        action("a", 0, Cost.of(100, "EUR")), action("b", 0, Cost.of(250, "EUR")), action("c", 0, Cost.of(7, "USD")),
        action("d", 0, Cost.of(1000, "EUR")), on("e", SAFETY)), CLOCK).value();
    assertThat(plan.costs()).isEqualTo(Map.of("EUR", 1350L, "USD", 7L));
    DevelopmentPlan cancelled = plan.move(ActionId.of("d"), ActionStatus.CANCELLED, CLOCK).value();
    assertThat(cancelled.costs()).isEqualTo(Map.of("EUR", 350L, "USD", 7L));
    assertThat(plan("q", "ana").costs()).isEmpty();
  }

  @Test
  void refusesChangesThatBreakAPlansRules() {
    DevelopmentPlan plan = plan("p", "ana").add(action("a", 1, Cost.of(1, "EUR")), CLOCK).value();
    DevelopmentAction started = action("n", 0, Cost.of(1, "EUR"));
    DevelopmentAction inProgress = actionBuilder("n").status(ActionStatus.IN_PROGRESS).build();
    assertThatThrownBy(() -> plan.add(inProgress, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("status was IN_PROGRESS: must be PLANNED for a new action");
    assertThatThrownBy(() -> plan.add(List.of(started, started), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("action was n: must be an id new to plan p");
    assertThatThrownBy(() -> plan.add(List.of(), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("actions was []: must hold at least one action");
    DevelopmentPlan done = plan.move(ActionId.of("a"), ActionStatus.COMPLETED, CLOCK).value();
    assertThatThrownBy(() -> done.move(ActionId.of("a"), ActionStatus.CANCELLED, CLOCK))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("status cannot move from COMPLETED (current) to CANCELLED (requested): COMPLETED is final");
    assertThatThrownBy(() -> done.reachMilestone(ActionId.of("a"), 0, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("status was COMPLETED: must be PLANNED or IN_PROGRESS to reach a milestone");
    DevelopmentPlan cancelled = plan.move(ActionId.of("a"), ActionStatus.CANCELLED, CLOCK).value();
    assertThatThrownBy(() -> cancelled.reachMilestone(ActionId.of("a"), 0, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("status was CANCELLED: must be PLANNED or IN_PROGRESS to reach a milestone");
    DevelopmentPlan reached = plan.reachMilestone(ActionId.of("a"), 0, CLOCK).value();
    assertThatThrownBy(() -> reached.reachMilestone(ActionId.of("a"), 0, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("milestone was 0: must not be reached yet");
    assertThatThrownBy(() -> plan.reachMilestone(ActionId.of("a"), -1, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("milestone was -1: must be between 0 and 0");
    assertThatThrownBy(() -> plan.reachMilestone(ActionId.of("x"), 0, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("action was x: must be an action of plan p");
    DevelopmentPlan inProgressPlan = plan.move(ActionId.of("a"), ActionStatus.IN_PROGRESS, CLOCK).value();
    assertThat(inProgressPlan.reachMilestone(ActionId.of("a"), 0, CLOCK).value().action(ActionId.of("a")).orElseThrow().progress())
        .isEqualTo(1.0);
  }

  @Test
  void rejectsBadValues() {
    assertThatThrownBy(() -> planBuilder("p", "ana").addGoals(
            new DevelopmentGoal(GoalId.of("g"), SAFETY, 0, 1), new DevelopmentGoal(GoalId.of("g"), COACHING, 0, 1)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("goals was g: must not repeat a goal");
    assertThatThrownBy(() -> planBuilder("p", "ana").addActions(on("a", SAFETY), on("a", COACHING)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("actions was a: must not repeat an action id");
    assertThatThrownBy(() -> DevelopmentPlan.builder().id(P).employee(EmployeeId.of("ana")).title(" ")
            .period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("title was ' ': must not be blank");
    assertThatThrownBy(() -> DevelopmentAction.builder().id(ActionId.of("a")).kind(ActionKind.TRAINING).title("").due(DUE).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("title was '': must not be blank");
    assertThatThrownBy(() -> new DevelopmentGoal(GoalId.of("g"), SAFETY, -1, 2))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("startLevel was -1: must be 0 or more");
    assertThatThrownBy(() -> new DevelopmentGoal(GoalId.of("g"), SAFETY, 2, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("targetLevel was 1: must be above startLevel 2");
    assertThat(new DevelopmentGoal(GoalId.of("g"), SAFETY, 0, 1).targetLevel()).isEqualTo(1);
    assertThatThrownBy(() -> Cost.of(1, "EURO"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("currency was 'EURO': must be an ISO 4217 code of three capital letters");
    assertThat(Cost.of(0, "EUR").minorUnits()).isZero();
    assertThat(PlanId.of("a").compareTo(PlanId.of("b"))).isNegative();
    assertThat(ActionId.of("b").compareTo(ActionId.of("a"))).isPositive();
    assertThat(ActionId.of("b")).hasToString("b");
    assertThat(PlanId.of("b")).hasToString("b");
  }

  @Test
  void anOutcomeIsReachedAtItsTarget() {
    assertThat(new CompetencyOutcome(SAFETY, 1, OptionalInt.of(3), 3).reached()).isTrue();
    assertThat(new CompetencyOutcome(SAFETY, 1, OptionalInt.of(4), 3).reached()).isTrue();
    assertThat(new CompetencyOutcome(SAFETY, 1, OptionalInt.of(2), 3).reached()).isFalse();
    assertThat(new CompetencyOutcome(SAFETY, 1, OptionalInt.empty(), 0).reached()).isFalse();
  }

  static final List<ProficiencyLevel> SCALE = List.of(
      new ProficiencyLevel(1, "Aware", "Knows"), new ProficiencyLevel(2, "Practitioner", "Does"), new ProficiencyLevel(3, "Expert", "Teaches"));
  static final CompetencyModel MODEL = new CompetencyModel(ModelRevision.first(CompetencyModelId.of("m")), "Leaders",
      List.of(new Competency(SAFETY, "Safety", false, SCALE), new Competency(COACHING, "Coaching", true, SCALE),
          new Competency(LEADING, "Leading", true, SCALE)),
      List.of(Requirement.forRole("lead", SAFETY, 3), Requirement.forRole("lead", COACHING, 3), Requirement.forRole("lead", LEADING, 2)));

  static Employee lead(String id) {
    return Employee.builder().id(EmployeeId.of(id)).displayName(id).unit(OrgUnitId.of("plant")).role("lead").grade("G1")
        .hireDate(LocalDate.of(2020, 1, 1)).build();
  }

  static Assessment rated(String id, String who, int safety, int coaching, int leading) {
    return new Assessment(AssessmentId.of(id), EmployeeId.of(who), new Assessor(EmployeeId.of("boss"), AssessorRole.MANAGER), MODEL.id(),
        LocalDate.of(2026, 2, 1), List.of(Rating.of(SAFETY, safety), Rating.of(COACHING, coaching), Rating.of(LEADING, leading)));
  }

  @Test
  void leadersAreListedByTheirLeadershipShortfallWithThePlansThatAddressIt() {
    GapReport report = GapAnalysis.of(MODEL, DisagreementRule.MANAGER_FIRST).analyse(
        List.of(lead("ana"), lead("ben"), lead("cy"), lead("dan")),
        List.of(rated("1", "ana", 1, 1, 1), rated("2", "ben", 3, 2, 2), rated("3", "cy", 1, 3, 3), rated("4", "dan", 3, 2, 3)));
    DevelopmentPlan anaCoaching = plan("p1", "ana").link(new DevelopmentGoal(GoalId.of("g1"), COACHING, 1, 3), CLOCK).value();
    DevelopmentPlan anaCancelled = plan("p2", "ana").add(on("x", LEADING), CLOCK).value()
        .move(ActionId.of("x"), ActionStatus.CANCELLED, CLOCK).value();
    DevelopmentPlan anaSafety = plan("p3", "ana").add(on("y", SAFETY), CLOCK).value();
    DevelopmentPlan benCoaching = plan("p4", "ben").add(on("z", COACHING), CLOCK).value();
    DevelopmentPlan cyLeading = plan("p5", "cy").add(on("w", LEADING), CLOCK).value();

    List<LeaderDevelopment> views = LeadershipView.of(MODEL, report,
        List.of(EmployeeId.of("dan"), EmployeeId.of("cy"), EmployeeId.of("ben"), EmployeeId.of("ana"), EmployeeId.of("eve")),
        List.of(anaCoaching, anaCancelled, anaSafety, benCoaching, cyLeading));

    EmployeeId ana = EmployeeId.of("ana");
    EmployeeId ben = EmployeeId.of("ben");
    EmployeeId dan = EmployeeId.of("dan");
    assertThat(views).containsExactly(
        new LeaderDevelopment(ana, List.of(new CompetencyGap(ana, COACHING, 3, 1), new CompetencyGap(ana, LEADING, 2, 1)),
            List.of(PlanId.of("p1")), List.of(LEADING)),
        new LeaderDevelopment(ben, List.of(new CompetencyGap(ben, COACHING, 3, 2)), List.of(PlanId.of("p4")), List.of()),
        new LeaderDevelopment(dan, List.of(new CompetencyGap(dan, COACHING, 3, 2)), List.of(), List.of(COACHING)));
  }

  @Test
  void outcomesReadTheAssessedLevelOfEachGoal() {
    GapReport report = GapAnalysis.of(MODEL, DisagreementRule.MANAGER_FIRST)
        .analyse(List.of(lead("ana")), List.of(rated("1", "ana", 1, 2, 3)));
    DevelopmentPlan plan = plan("p", "ana")
        .link(new DevelopmentGoal(GoalId.of("g1"), COACHING, 1, 2), CLOCK).value()
        .link(new DevelopmentGoal(GoalId.of("g2"), CompetencyId.of("other"), 0, 1), CLOCK).value();
    assertThat(plan.outcomes(report)).containsExactly(
        new CompetencyOutcome(COACHING, 1, OptionalInt.of(2), 2),
        new CompetencyOutcome(CompetencyId.of("other"), 0, OptionalInt.empty(), 1));
  }
}
