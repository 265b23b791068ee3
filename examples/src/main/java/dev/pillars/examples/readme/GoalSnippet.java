package dev.pillars.examples.readme;

// region goal
import dev.pillars.core.Period;                // not java.time.Period
import dev.pillars.core.event.*;
import dev.pillars.core.goal.*;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
// endregion

/** README's "A goal and its lifecycle" snippet. */
public final class GoalSnippet {
  private GoalSnippet() {}

  /**
   * Runs README's lifecycle up to its last line, which throws.
   *
   * @param clock the clock of every change
   * @param listener receives the check-in's events
   * @throws dev.pillars.core.IllegalTransitionException always, from the snippet's last line
   */
  public static void lifecycle(Clock clock, DomainEventListener listener) {
    // region goal
    // clock: the java.time.Clock you pass in; listener: your DomainEventListener
    Goal draft = Goal.builder()
        .id(GoalId.of("ana-inspection"))
        .title("Roll out the new inspection checklist on line 3")
        .owner(GoalOwner.employee(EmployeeId.of("ana")))
        .level(GoalLevel.INDIVIDUAL)
        .period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
        .measure(GoalMeasure.milestones(List.of(Milestone.open("Draft"), Milestone.open("Pilot"))))
        .build();
    Change<Goal> created = Goal.create(draft, clock);                     // GoalCreated
    Goal goal = created.value().transitionTo(GoalStatus.ACTIVE, clock).value();
    Change<Goal> checkIn = goal.checkIn(0.5, 0.8, Optional.of("Pilot next week"), clock);
    checkIn.events().forEach(listener::onEvent);   // CheckInRecorded, to your DomainEventListener
    goal = checkIn.value().completeMilestone("Draft", clock).value();       // progress 0.5
    goal.transitionTo(GoalStatus.DRAFT, clock);                             // IllegalTransitionException
    // endregion
  }
}
