package dev.pillars.core.smart;

import static dev.pillars.core.smart.Findings.finding;

import dev.pillars.core.goal.Goal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** T: whether the goal is due, neither overdue nor beyond the horizon; see {@link SmartAssessor}. */
final class TimeBoundRule {
  private TimeBoundRule() {}

  static SmartFinding assess(Goal goal, LocalDate today, SmartPolicy policy) {
    LocalDate due = goal.dueDate();
    if (goal.status().isClosed()) {
      return finding(SmartLetter.TIME_BOUND, Verdict.PASS, "closed as " + goal.status() + "; it was due on " + due);
    }
    if (today.isAfter(due)) {
      long late = ChronoUnit.DAYS.between(due, today);
      return finding(
          SmartLetter.TIME_BOUND,
          Verdict.FAIL,
          "due on " + due + ", " + late + (late == 1 ? " day" : " days") + " ago, and still " + goal.status()
              + ": close it or agree a new due date");
    }
    LocalDate horizon = today.plusMonths(policy.maxHorizonMonths());
    if (due.isAfter(horizon)) {
      return finding(
          SmartLetter.TIME_BOUND,
          Verdict.WARN,
          "due on " + due + ", " + ChronoUnit.MONTHS.between(today, due) + " months away: beyond the "
              + policy.maxHorizonMonths() + "-month horizon (" + horizon + "); set nearer milestones or goals");
    }
    return finding(SmartLetter.TIME_BOUND, Verdict.PASS, "due on " + due + ", " + distance(today, due));
  }

  private static String distance(LocalDate today, LocalDate due) {
    long days = ChronoUnit.DAYS.between(today, due);
    if (days == 0) {
      return "today";
    }
    if (days < 62) {
      return "in " + days + (days == 1 ? " day" : " days");
    }
    return "in " + ChronoUnit.MONTHS.between(today, due) + " months";
  }
}
