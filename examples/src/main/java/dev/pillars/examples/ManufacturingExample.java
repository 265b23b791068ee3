package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.OrgUnitId;
import java.io.PrintStream;
import java.time.LocalDate;

/** A mid-sized manufacturing firm cascading "improve production quality" to teams and people. */
public final class ManufacturingExample {
  private ManufacturingExample() {}

  /**
   * Runs the example and prints its report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Period year = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    Goal objective =
        Goal.builder()
            .id(GoalId.of("quality"))
            .title("Improve production quality")
            .owner(GoalOwner.unit(OrgUnitId.of("acme")))
            .level(GoalLevel.ORGANISATION)
            .period(year)
            .measure(GoalMeasure.derived())
            .build();
    out.println(objective.title() + " " + objective.period() + " " + objective.status());
  }
}
