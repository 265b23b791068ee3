package dev.pillars.scoring.cascade;

import dev.pillars.core.Period;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.org.OrgUnitId;
import java.time.LocalDate;

/** The active unit goals over 2026 that the cascade's tests build their small graphs from. */
final class UnitGoals {
  /** The calendar year 2026, every goal's period. */
  static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  private UnitGoals() {}

  /**
   * Returns an active unit goal over {@link #YEAR}, titled by its id and owned by unit
   * {@code u-<id>}.
   */
  static Goal goal(GoalId id, GoalMeasure measure) {
    return Goal.builder().id(id).title(id.value()).owner(GoalOwner.unit(OrgUnitId.of("u-" + id.value())))
        .level(GoalLevel.UNIT).period(YEAR).status(GoalStatus.ACTIVE).measure(measure).build();
  }

  /** Returns {@link #goal(GoalId, GoalMeasure)} for the goal id {@code id}. */
  static Goal goal(String id, GoalMeasure measure) {
    return goal(GoalId.of(id), measure);
  }
}
