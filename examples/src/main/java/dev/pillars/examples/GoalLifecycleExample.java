package dev.pillars.examples;

import dev.pillars.core.IllegalTransitionException;
import dev.pillars.core.Period;
import dev.pillars.core.event.Change;
import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.CheckInHistory;
import dev.pillars.core.goal.CheckInRecorded;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalCreated;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalReweighted;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.GoalStatusChanged;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.goal.MilestoneCompleted;
import dev.pillars.core.org.EmployeeId;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One individual goal moving through its lifecycle: created as a draft, activated, checked in on
 * week by week, reweighted, its milestones completed, and closed as achieved. Every step prints the
 * domain events it emitted, the way a host would publish them.
 */
public final class GoalLifecycleExample {
  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  private GoalLifecycleExample() {}

  /**
   * Runs the example and prints the goal's lifecycle.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Goal draft =
        Goal.builder()
            .id(GoalId.of("ana-inspection"))
            .title("Roll out the new inspection checklist on line 3")
            .owner(GoalOwner.employee(EmployeeId.of("ana")))
            .level(GoalLevel.INDIVIDUAL)
            .period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
            .measure(GoalMeasure.milestones(List.of(
                Milestone.open("Draft the checklist"),
                Milestone.open("Pilot on the night shift"),
                Milestone.open("Train all operators"))))
            .build();
    out.println("Goal: " + draft.title());

    Goal goal = apply(out, Goal.create(draft, week(0)));
    goal = apply(out, goal.transitionTo(GoalStatus.ACTIVE, week(0)));

    CheckInHistory history = CheckInHistory.empty(goal.id());
    Change<Goal> checkIn = goal.checkIn(0.2, 0.7, Optional.of("Checklist drafted with QA"), week(2));
    history = history.append(((CheckInRecorded) checkIn.events().get(0)).checkIn());
    goal = apply(out, checkIn);
    goal = apply(out, goal.completeMilestone("Draft the checklist", week(2)));

    checkIn = goal.checkIn(0.5, 0.55, Optional.of("Night shift pilot slipped a week"), week(5));
    history = history.append(((CheckInRecorded) checkIn.events().get(0)).checkIn());
    goal = apply(out, checkIn);
    goal = apply(out, goal.reweight(2.0, week(5)));
    goal = apply(out, goal.completeMilestone(1, week(7)));

    checkIn = goal.checkIn(0.9, 0.9, Optional.empty(), week(10));
    history = history.append(((CheckInRecorded) checkIn.events().get(0)).checkIn());
    goal = apply(out, checkIn);
    goal = apply(out, goal.completeMilestone("Train all operators", week(12)));
    goal = apply(out, goal.transitionTo(GoalStatus.ACHIEVED, week(12)));

    try {
      goal.transitionTo(GoalStatus.CANCELLED, week(13));
    } catch (IllegalTransitionException e) {
      out.println("  refused: " + e.getMessage());
    }

    out.println();
    out.printf(Locale.ROOT, "Final: %s, weight %.1f, progress %.0f %%%n",
        goal.status(), goal.weight(), goal.progress().orElse(0) * 100);
    out.println("Check-ins: " + history.size());
    for (CheckIn c : history.between(START.plus(Duration.ofDays(7)), START.plus(Duration.ofDays(49)))) {
      out.printf(Locale.ROOT, "  in weeks 1-7: %s progress %.0f %%, confidence %.0f %%%s%n",
          c.at(), c.progress() * 100, c.confidence() * 100, c.comment().map(t -> " - " + t).orElse(""));
    }
    history.latest().ifPresent(c -> out.println("  latest: " + c.at()));
  }

  private static Clock week(int week) {
    return Clock.fixed(START.plus(Duration.ofDays(7L * week)), ZoneOffset.UTC);
  }

  private static Goal apply(PrintStream out, Change<Goal> change) {
    for (DomainEvent event : change.events()) {
      out.println("  " + event.occurredAt() + "  " + describe(event));
    }
    return change.value();
  }

  private static String describe(DomainEvent event) {
    if (event instanceof GoalCreated) {
      return "created as " + ((GoalCreated) event).goal().status();
    }
    if (event instanceof GoalStatusChanged) {
      GoalStatusChanged changed = (GoalStatusChanged) event;
      return "status " + changed.from() + " -> " + changed.to();
    }
    if (event instanceof GoalReweighted) {
      GoalReweighted reweighted = (GoalReweighted) event;
      return "weight " + reweighted.from() + " -> " + reweighted.to();
    }
    if (event instanceof MilestoneCompleted) {
      MilestoneCompleted done = (MilestoneCompleted) event;
      return String.format(Locale.ROOT, "milestone '%s' done, progress %.0f %%", done.title(), done.progress() * 100);
    }
    if (event instanceof CheckInRecorded) {
      CheckIn c = ((CheckInRecorded) event).checkIn();
      return String.format(Locale.ROOT, "check-in: progress %.0f %%, confidence %.0f %%%s",
          c.progress() * 100, c.confidence() * 100, c.comment().map(t -> ", \"" + t + "\"").orElse(""));
    }
    return event.toString();
  }
}
