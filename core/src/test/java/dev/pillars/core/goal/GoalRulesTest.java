package dev.pillars.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.IllegalTransitionException;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The goal's rules checked against tables written out here, independently of the code: the legal
 * status transitions, the due date inside the period, the owner that matches the level.
 */
class GoalRulesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-16T10:00:00Z"), ZoneOffset.UTC);
  private static final Period HALF = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

  /** The lifecycle of DESIGN.md, written out by hand: from each state, the states it may move to. */
  private static final Map<GoalStatus, Set<GoalStatus>> LEGAL = Map.of(
      GoalStatus.DRAFT, EnumSet.of(GoalStatus.ACTIVE, GoalStatus.CANCELLED),
      GoalStatus.ACTIVE, EnumSet.of(GoalStatus.ACHIEVED, GoalStatus.PARTIALLY_ACHIEVED, GoalStatus.MISSED, GoalStatus.CANCELLED),
      GoalStatus.ACHIEVED, EnumSet.of(GoalStatus.ACTIVE),
      GoalStatus.PARTIALLY_ACHIEVED, EnumSet.of(GoalStatus.ACTIVE),
      GoalStatus.MISSED, EnumSet.of(GoalStatus.ACTIVE),
      GoalStatus.CANCELLED, EnumSet.noneOf(GoalStatus.class));

  private static final Set<GoalStatus> CLOSED =
      EnumSet.of(GoalStatus.ACHIEVED, GoalStatus.PARTIALLY_ACHIEVED, GoalStatus.MISSED, GoalStatus.CANCELLED);

  private static Goal.Builder goal(GoalLevel level, GoalOwner owner) {
    return untitled(level, owner).title("Ship it");
  }

  private static Goal.Builder untitled(GoalLevel level, GoalOwner owner) {
    return Goal.builder().id(GoalId.of("g")).owner(owner).level(level).period(HALF).measure(GoalMeasure.manual(0.3));
  }

  private static Goal individual(GoalStatus status) {
    return goal(GoalLevel.INDIVIDUAL, GoalOwner.employee(EmployeeId.of("ana"))).status(status).build();
  }

  @Test
  void everyPairOfStatesIsLegalExactlyWhenTheTableSaysSo() {
    for (GoalStatus from : GoalStatus.values()) {
      assertThat(from.allowedNext()).as("allowed after %s", from).isEqualTo(LEGAL.get(from));
      assertThat(from.isClosed()).as("%s closed", from).isEqualTo(CLOSED.contains(from));
      for (GoalStatus to : GoalStatus.values()) {
        boolean legal = LEGAL.get(from).contains(to);
        assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(legal);
        if (legal) {
          assertThat(from.requireCanMoveTo(to)).isEqualTo(to);
          assertThat(individual(from).transitionTo(to, CLOCK).value().status()).isEqualTo(to);
        } else {
          assertThatThrownBy(() -> from.requireCanMoveTo(to)).isInstanceOf(IllegalTransitionException.class);
          Goal before = individual(from);
          assertThatThrownBy(() -> before.transitionTo(to, CLOCK))
              .as("%s -> %s", from, to)
              .isInstanceOf(IllegalTransitionException.class)
              .hasMessageContaining(from.name())
              .hasMessageContaining(to.name());
          assertThat(before.status()).isEqualTo(from);
        }
      }
    }
  }

  @Test
  void theDueDateMustLieInsideThePeriodEndsIncluded() {
    EmployeeId ana = EmployeeId.of("ana");
    assertThat(goal(GoalLevel.INDIVIDUAL, GoalOwner.employee(ana)).build().dueDate()).isEqualTo(HALF.end());
    assertThat(goal(GoalLevel.INDIVIDUAL, GoalOwner.employee(ana)).dueDate(HALF.start()).build().dueDate()).isEqualTo(HALF.start());
    assertThat(goal(GoalLevel.INDIVIDUAL, GoalOwner.employee(ana)).dueDate(HALF.end()).build().dueDate()).isEqualTo(HALF.end());
    for (LocalDate outside : new LocalDate[] {HALF.start().minusDays(1), HALF.end().plusDays(1)}) {
      assertThatThrownBy(() -> goal(GoalLevel.INDIVIDUAL, GoalOwner.employee(ana)).dueDate(outside).build())
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("dueDate was " + outside + ": must lie inside the goal's period " + HALF);
    }
  }

  @Test
  void anIndividualGoalBelongsToAnEmployeeAndEveryOtherLevelToAUnit() {
    GoalOwner ana = GoalOwner.employee(EmployeeId.of("ana"));
    GoalOwner sales = GoalOwner.unit(OrgUnitId.of("sales"));
    assertThat(goal(GoalLevel.INDIVIDUAL, ana).build().owner()).isEqualTo(ana);
    assertThat(goal(GoalLevel.UNIT, sales).build().owner()).isEqualTo(sales);
    assertThat(goal(GoalLevel.ORGANISATION, sales).build().owner()).isEqualTo(sales);
    assertThatThrownBy(() -> goal(GoalLevel.INDIVIDUAL, sales).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("owner was")
        .hasMessageEndingWith("must be an employee for an INDIVIDUAL goal");
    assertThatThrownBy(() -> goal(GoalLevel.UNIT, ana).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("must be an organisational unit for a UNIT goal");
    assertThatThrownBy(() -> goal(GoalLevel.ORGANISATION, ana).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("must be an organisational unit for a ORGANISATION goal");
  }

  @Test
  void aTitleOrDescriptionMustHoldTextAndTheWeightMustBePositive() {
    GoalOwner ana = GoalOwner.employee(EmployeeId.of("ana"));
    assertThatThrownBy(() -> untitled(GoalLevel.INDIVIDUAL, ana).title(" ").build())
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("title was");
    assertThatThrownBy(() -> goal(GoalLevel.INDIVIDUAL, ana).description("").build())
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("description was");
    assertThatThrownBy(() -> goal(GoalLevel.INDIVIDUAL, ana).weight(0).build())
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("weight was 0.0");
    assertThat(goal(GoalLevel.INDIVIDUAL, ana).weight(0.5).build().weight()).isEqualTo(0.5);
    assertThat(goal(GoalLevel.INDIVIDUAL, ana).build().weight()).isEqualTo(1.0);
    assertThat(goal(GoalLevel.INDIVIDUAL, ana).build().status()).isEqualTo(GoalStatus.DRAFT);
  }

  @Test
  void onlyAnOpenGoalIsReweightedAndOnlyToANewWeight() {
    Goal active = individual(GoalStatus.ACTIVE);
    assertThat(active.reweight(2, CLOCK).value().weight()).isEqualTo(2.0);
    assertThat(individual(GoalStatus.DRAFT).reweight(2, CLOCK).value().weight()).isEqualTo(2.0);
    assertThatThrownBy(() -> active.reweight(1, CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must differ from the current weight 1.0");
    for (GoalStatus closed : CLOSED) {
      assertThatThrownBy(() -> individual(closed).reweight(2, CLOCK))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be DRAFT or ACTIVE");
    }
  }

  @Test
  void checkInHistoriesAreEqualByGoalAndCheckIns() {
    GoalId goal = GoalId.of("g");
    CheckIn first = new CheckIn(goal, CLOCK.instant(), 0.2, 0.5, Optional.empty());
    CheckInHistory one = CheckInHistory.empty(goal).append(first);
    assertThat(one).isEqualTo(CheckInHistory.of(goal, List.of(first))).hasSameHashCodeAs(CheckInHistory.of(goal, List.of(first)));
    assertThat(one).isNotEqualTo(CheckInHistory.empty(goal)).isNotEqualTo(first);
    assertThat(one.hashCode()).isNotEqualTo(CheckInHistory.empty(goal).hashCode());
    assertThat(CheckInHistory.empty(goal)).isNotEqualTo(CheckInHistory.empty(GoalId.of("other")));
    assertThat(CheckInHistory.empty(goal).hashCode()).isNotEqualTo(CheckInHistory.empty(GoalId.of("other")).hashCode());
    assertThat(one).hasToString("CheckInHistory[goalId=g, checkIns=1]");
  }

  @Test
  void aMilestoneEventCarriesAProgressAboveZeroAndAtMostOne() {
    GoalId goal = GoalId.of("g");
    assertThat(new MilestoneCompleted(goal, 0, "Plan", 1.0, CLOCK.instant()).progress()).isEqualTo(1.0);
    assertThat(new MilestoneCompleted(goal, 0, "Plan", Double.MIN_VALUE, CLOCK.instant()).progress()).isEqualTo(Double.MIN_VALUE);
    assertThatThrownBy(() -> new MilestoneCompleted(goal, 0, "Plan", 0.0, CLOCK.instant()))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("progress was 0.0");
    assertThatThrownBy(() -> new MilestoneCompleted(goal, 0, "Plan", 1.0000001, CLOCK.instant()))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("progress was 1.0000001");
    assertThatThrownBy(() -> GoalMeasure.milestones(List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("measure.milestones was");
  }
}
