package dev.pillars.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * In core itself: passing a goal to another owner (its event and its two refusals), a goal
 * template's copies for a person and the template's checks, and a checklist holding null.
 */
class GoalTransferAndTemplateTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-16T10:00:00Z"), ZoneOffset.UTC);
  private static final GoalOwner ANA = GoalOwner.employee(EmployeeId.of("ana"));
  private static final GoalOwner BEN = GoalOwner.employee(EmployeeId.of("ben"));
  private static final Period PERIOD = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

  private static Goal goal(String id, GoalStatus status) {
    return Goal.builder()
        .id(GoalId.of(id))
        .title("Cut scrap on line 3")
        .owner(ANA)
        .level(GoalLevel.INDIVIDUAL)
        .period(PERIOD)
        .status(status)
        .measure(GoalMeasure.manual(0.2))
        .build();
  }

  @Test
  void anOpenGoalPassesToAnotherOwnerWithItsProgress() {
    Goal active = goal("g-1", GoalStatus.ACTIVE);
    Change<Goal> moved = active.transferTo(BEN, CLOCK);
    assertThat(moved.value().owner()).isEqualTo(BEN);
    assertThat(moved.value().measure()).isEqualTo(active.measure());
    assertThat(moved.events()).containsExactly(new GoalTransferred(GoalId.of("g-1"), ANA, BEN, CLOCK.instant()));
    assertThat(goal("g-2", GoalStatus.DRAFT).transferTo(BEN, CLOCK).value().owner()).isEqualTo(BEN);
  }

  @Test
  void aClosedGoalOrTheSameOwnerIsRefused() {
    Goal achieved = goal("g-1", GoalStatus.ACHIEVED);
    assertThatThrownBy(() -> achieved.transferTo(BEN, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("status was ACHIEVED: must be DRAFT or ACTIVE to transfer the goal");
    assertThatThrownBy(() -> goal("g-1", GoalStatus.ACTIVE).transferTo(ANA, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("owner was " + ANA + ": must differ from the current owner");
  }

  @Test
  void aTemplateGivesEachPersonDraftCopiesNamedAfterThem() {
    Goal scrap = goal("scrap", GoalStatus.DRAFT);
    Goal safety = goal("safety", GoalStatus.DRAFT);
    GoalTemplate template =
        new GoalTemplate("Operators 2026", List.of(GoalTemplate.Entry.of(scrap), GoalTemplate.Entry.alignedTo(safety, GoalId.of("plant"), 2)));
    List<Goal> forBen = template.goalsFor(EmployeeId.of("ben"));
    assertThat(forBen).extracting(Goal::id).containsExactly(GoalId.of("scrap@ben"), GoalId.of("safety@ben"));
    assertThat(forBen).extracting(Goal::owner).containsOnly(BEN);
    assertThat(forBen).extracting(Goal::title).containsOnly(scrap.title());
    assertThat(template.entries().get(1).parent()).contains(GoalId.of("plant"));
    assertThat(template.entries().get(1).weight()).isEqualTo(2.0);
    assertThat(template.entries().get(0).parent()).isEqualTo(Optional.empty());
  }

  @Test
  void aTemplateRefusesNoGoalsTwoGoalsWithOneIdAndPrototypesThatAreNotIndividualDrafts() {
    Goal scrap = goal("scrap", GoalStatus.DRAFT);
    assertThatThrownBy(() -> new GoalTemplate("Operators", List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("entries was []: must hold at least one goal");
    assertThatThrownBy(() -> new GoalTemplate("Operators", List.of(GoalTemplate.Entry.of(scrap), GoalTemplate.Entry.of(scrap))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("entries was scrap: must not hold two goals with the same id");
    assertThatThrownBy(() -> GoalTemplate.Entry.of(goal("scrap", GoalStatus.ACTIVE)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("prototype.status was ACTIVE: must be DRAFT: copies start as drafts");
    Goal unitGoal = Goal.builder()
        .id(GoalId.of("plant-scrap"))
        .title("Cut scrap in the plant")
        .owner(GoalOwner.unit(OrgUnitId.of("plant")))
        .level(GoalLevel.UNIT)
        .period(PERIOD)
        .status(GoalStatus.DRAFT)
        .measure(GoalMeasure.manual(0.2))
        .build();
    assertThatThrownBy(() -> GoalTemplate.Entry.of(unitGoal))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("prototype.level was UNIT: must be INDIVIDUAL: a template gives goals to people");
  }

  @Test
  void aChecklistHoldingNullIsRefusedByItsRule() {
    List<Milestone> withNull = Arrays.asList(Milestone.open("a"), null);
    assertThatThrownBy(() -> GoalMeasure.milestones(withNull))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("measure.milestones was [" + Milestone.open("a") + ", null]: must not hold null");
  }
}
