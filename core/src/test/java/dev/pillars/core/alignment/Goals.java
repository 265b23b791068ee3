package dev.pillars.core.alignment;

import dev.pillars.core.Period;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Small goals and periods for the alignment tests. */
final class Goals {
  static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  static final Period H1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
  static final Period H2 = Period.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));
  static final Period Q1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
  static final Period TWO_YEARS = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));

  static final Instant NOW = Instant.parse("2026-02-03T10:15:30Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Goals() {}

  static GoalId id(String value) {
    return GoalId.of(value);
  }

  static Goal goal(String id, GoalLevel level, Period period) {
    GoalOwner owner =
        level == GoalLevel.INDIVIDUAL
            ? GoalOwner.employee(EmployeeId.of("e-" + id))
            : GoalOwner.unit(OrgUnitId.of("u-" + id));
    return Goal.builder()
        .id(GoalId.of(id))
        .title("Goal " + id)
        .owner(owner)
        .level(level)
        .period(period)
        .measure(level == GoalLevel.INDIVIDUAL ? GoalMeasure.manual(0.5) : GoalMeasure.derived())
        .build();
  }

  static Goal objective(String id) {
    return goal(id, GoalLevel.ORGANISATION, YEAR);
  }

  static Goal unit(String id) {
    return goal(id, GoalLevel.UNIT, YEAR);
  }

  static Goal individual(String id) {
    return goal(id, GoalLevel.INDIVIDUAL, YEAR);
  }

  static AlignmentLink link(String child, String parent) {
    return AlignmentLink.of(GoalId.of(child), GoalId.of(parent));
  }

  static AlignmentLink link(String child, String parent, double weight) {
    return AlignmentLink.of(GoalId.of(child), GoalId.of(parent), weight);
  }
}
