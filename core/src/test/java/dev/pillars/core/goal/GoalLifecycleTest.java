package dev.pillars.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.IllegalTransitionException;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class GoalLifecycleTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-16T10:00:00Z"), ZoneOffset.UTC);
  private static final GoalId ID = GoalId.of("g-1");

  static Goal.Builder individual() {
    return Goal.builder()
        .id(ID)
        .title("Cut scrap on line 3")
        .owner(GoalOwner.employee(EmployeeId.of("ana")))
        .level(GoalLevel.INDIVIDUAL)
        .period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
  }

  private static Goal manual(GoalStatus status) {
    return individual().status(status).measure(GoalMeasure.manual(0.2)).build();
  }

  private static Goal milestones(GoalStatus status) {
    return individual()
        .status(status)
        .measure(GoalMeasure.milestones(List.of(
            Milestone.open("Map the causes"), Milestone.open("Trial the fix"), Milestone.open("Roll out"))))
        .build();
  }

  @Test
  void createAnnouncesADraft() {
    Goal draft = manual(GoalStatus.DRAFT);

    Change<Goal> created = Goal.create(draft, CLOCK);

    assertThat(created.value()).isSameAs(draft);
    assertThat(created.events()).containsExactly(new GoalCreated(draft, CLOCK.instant()));
    assertThat(created.events().get(0).aggregateId()).isEqualTo("g-1");
  }

  @Test
  void createRefusesAGoalThatIsNotADraft() {
    assertThatThrownBy(() -> Goal.create(manual(GoalStatus.ACTIVE), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("status was ACTIVE: must be DRAFT for a new goal");
  }

  @Test
  void transitionToMovesAlongALegalTransition() {
    Goal draft = manual(GoalStatus.DRAFT);

    Change<Goal> activated = draft.transitionTo(GoalStatus.ACTIVE, CLOCK);

    assertThat(activated.value().status()).isEqualTo(GoalStatus.ACTIVE);
    assertThat(activated.value().title()).isEqualTo(draft.title());
    assertThat(activated.events())
        .containsExactly(new GoalStatusChanged(ID, GoalStatus.DRAFT, GoalStatus.ACTIVE, CLOCK.instant()));
    assertThat(draft.status()).isEqualTo(GoalStatus.DRAFT);
  }

  @Test
  void aClosedGoalCanBeReopened() {
    Change<Goal> reopened = manual(GoalStatus.MISSED).transitionTo(GoalStatus.ACTIVE, CLOCK);

    assertThat(reopened.value().status()).isEqualTo(GoalStatus.ACTIVE);
  }

  @Test
  void anIllegalTransitionIsRefused() {
    Goal cancelled = manual(GoalStatus.CANCELLED);

    assertThatThrownBy(() -> cancelled.transitionTo(GoalStatus.ACTIVE, CLOCK))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("status cannot move from CANCELLED (current) to ACTIVE (requested): CANCELLED is final");
    assertThatThrownBy(() -> manual(GoalStatus.DRAFT).transitionTo(GoalStatus.ACHIEVED, CLOCK))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("status cannot move from DRAFT (current) to ACHIEVED (requested): from DRAFT only [ACTIVE, CANCELLED] may follow");
    assertThat(cancelled.status()).isEqualTo(GoalStatus.CANCELLED);
  }

  @Test
  void reweightChangesTheWeight() {
    Goal goal = manual(GoalStatus.ACTIVE);

    Change<Goal> reweighted = goal.reweight(2.5, CLOCK);

    assertThat(reweighted.value().weight()).isEqualTo(2.5);
    assertThat(reweighted.events()).containsExactly(new GoalReweighted(ID, 1.0, 2.5, CLOCK.instant()));
    assertThat(goal.weight()).isEqualTo(1.0);
  }

  @Test
  void reweightRefusesBadWeightsAndClosedGoals() {
    Goal goal = manual(GoalStatus.ACTIVE);

    assertThatThrownBy(() -> goal.reweight(Double.NaN, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("weight was NaN: must be positive and finite");
    assertThatThrownBy(() -> goal.reweight(-1, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("weight was -1.0: must be positive and finite");
    assertThatThrownBy(() -> goal.reweight(1.0, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("weight was 1.0: must differ from the current weight 1.0");
    assertThatThrownBy(() -> manual(GoalStatus.ACHIEVED).reweight(2, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("status was ACHIEVED: must be DRAFT or ACTIVE to reweight the goal");
    assertThat(goal).isEqualTo(manual(GoalStatus.ACTIVE));
  }

  @Test
  void completeMilestoneByIndexAndByTitle() {
    Goal goal = milestones(GoalStatus.ACTIVE);

    Change<Goal> first = goal.completeMilestone(1, CLOCK);
    Change<Goal> second = first.value().completeMilestone("Roll out", CLOCK);

    assertThat(first.value().progress()).hasValueCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(first.events())
        .containsExactly(new MilestoneCompleted(ID, 1, "Trial the fix", 1.0 / 3, CLOCK.instant()));
    assertThat(second.value().progress()).hasValueCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(((GoalMeasure.Milestones) second.value().measure()).milestones())
        .extracting(Milestone::done)
        .containsExactly(false, true, true);
    assertThat(goal.progress()).hasValue(0.0);
  }

  @Test
  void completeMilestoneRefusesWhatCannotBeCompleted() {
    Goal goal = milestones(GoalStatus.ACTIVE);
    Goal oneDone = goal.completeMilestone(0, CLOCK).value();

    assertThatThrownBy(() -> oneDone.completeMilestone(0, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("milestone was 'Map the causes': must not be done already");
    assertThatThrownBy(() -> oneDone.completeMilestone("Map the causes", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("milestone was 'Map the causes': must not be done already");
    assertThatThrownBy(() -> goal.completeMilestone("Celebrate", CLOCK))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("milestone was 'Celebrate': must name a milestone of goal g-1");
    assertThatThrownBy(() -> goal.completeMilestone(3, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("milestoneIndex was 3: must be between 0 and 2");
    assertThatThrownBy(() -> milestones(GoalStatus.DRAFT).completeMilestone(0, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("status was DRAFT: must be ACTIVE to complete a milestone");
    assertThatThrownBy(() -> manual(GoalStatus.ACTIVE).completeMilestone(0, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("measure was Manual[progress=0.2]: must be a milestone checklist to complete a milestone");
    assertThat(goal).isEqualTo(milestones(GoalStatus.ACTIVE));
  }

  @Test
  void aCheckInOnAManualGoalUpdatesItsProgress() {
    Goal goal = manual(GoalStatus.ACTIVE);

    Change<Goal> checkedIn = goal.checkIn(0.45, 0.8, Optional.of("Two of five causes fixed"), CLOCK);

    assertThat(checkedIn.value().progress()).hasValue(0.45);
    assertThat(checkedIn.events()).containsExactly(new CheckInRecorded(
        new CheckIn(ID, CLOCK.instant(), 0.45, 0.8, Optional.of("Two of five causes fixed"))));
    assertThat(checkedIn.events().get(0).occurredAt()).isEqualTo(CLOCK.instant());
    assertThat(checkedIn.events().get(0).aggregateId()).isEqualTo("g-1");
    assertThat(goal.progress()).hasValue(0.2);
  }

  @Test
  void aCheckInOnAnotherMeasureLeavesTheGoalAsItIs() {
    Goal goal = milestones(GoalStatus.ACTIVE);

    Change<Goal> checkedIn = goal.checkIn(0.5, 0.6, Optional.empty(), CLOCK);

    assertThat(checkedIn.value()).isSameAs(goal);
    assertThat(((CheckInRecorded) checkedIn.events().get(0)).checkIn().progress()).isEqualTo(0.5);
  }

  @Test
  void checkInsAreRefusedUnlessTheGoalIsActive() {
    for (GoalStatus status : new GoalStatus[] {
        GoalStatus.DRAFT, GoalStatus.ACHIEVED, GoalStatus.PARTIALLY_ACHIEVED, GoalStatus.MISSED, GoalStatus.CANCELLED}) {
      assertThatThrownBy(() -> manual(status).checkIn(0.5, 0.5, Optional.empty(), CLOCK))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("status was " + status + ": must be ACTIVE to record a check-in (a DRAFT goal is not committed"
              + " to yet; a closed or cancelled goal takes no more check-ins)");
    }
  }

  @Test
  void aCheckInWithBadNumbersIsRefused() {
    Goal goal = manual(GoalStatus.ACTIVE);

    assertThatThrownBy(() -> goal.checkIn(1.5, 0.5, Optional.empty(), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("progress was 1.5: must be between 0.0 and 1.0");
    assertThatThrownBy(() -> goal.checkIn(0.5, Double.NaN, Optional.empty(), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("confidence was NaN: must be between 0.0 and 1.0");
    assertThatThrownBy(() -> goal.checkIn(0.5, 0.5, Optional.of(" "), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("comment was ' ': must not be blank");
    assertThat(goal.progress()).hasValue(0.2);
  }

  @Test
  void progressIsKnownOnlyForManualAndMilestoneMeasures() {
    Goal kpi = individual()
        .measure(GoalMeasure.kpi(KpiId.of("defect-rate"), KpiTarget.of(4.0, 2.8)))
        .build();

    assertThat(kpi.progress()).isEqualTo(OptionalDouble.empty());
    assertThat(manual(GoalStatus.ACTIVE).progress()).hasValue(0.2);
  }
}
