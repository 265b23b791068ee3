package dev.pillars.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.pillars.core.Period;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The goals {@link GoalGens} generates are valid and cover every level, status and measure. */
class GoalGensProperties {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  private static void assertValid(Goal goal) {
    assertThat(goal.period().contains(goal.dueDate())).isTrue();
    assertThat(goal.weight()).isPositive().isLessThanOrEqualTo(10);
    assertThat(goal.owner() instanceof GoalOwner.Employee).isEqualTo(goal.level() == GoalLevel.INDIVIDUAL);
    goal.progress().ifPresent(p -> assertThat(p).isBetween(0.0, 1.0));
  }

  @Test
  void everyGeneratedGoalIsValidAndCoversEveryCase() {
    Set<GoalLevel> levels = EnumSet.noneOf(GoalLevel.class);
    Set<GoalStatus> statuses = EnumSet.noneOf(GoalStatus.class);
    Set<Class<?>> measures = new HashSet<>();
    Set<String> kpiShapes = new HashSet<>();

    qt().withFixedSeed(20261125L).withExamples(500).forAll(GoalGens.goals()).checkAssert(goal -> {
      assertValid(goal);
      levels.add(goal.level());
      statuses.add(goal.status());
      measures.add(goal.measure().getClass());
      if (goal.measure() instanceof GoalMeasure.Kpi) {
        var target = ((GoalMeasure.Kpi) goal.measure()).target();
        kpiShapes.add((target.higherIsBetter() ? "higher" : "lower")
            + (target.threshold().isPresent() ? "+threshold" : "")
            + (target.stretch().isPresent() ? "+stretch" : ""));
      }
    });

    assertThat(levels).containsExactlyInAnyOrder(GoalLevel.values());
    assertThat(statuses).containsExactlyInAnyOrder(GoalStatus.values());
    assertThat(measures).containsExactlyInAnyOrder(
        GoalMeasure.Manual.class, GoalMeasure.Milestones.class, GoalMeasure.Kpi.class, GoalMeasure.Derived.class);
    assertThat(kpiShapes).contains("higher+threshold+stretch", "lower+threshold+stretch", "higher", "lower");
  }

  @Test
  void goalsOfALevelHaveThatLevel() {
    qt().forAll(Generate.enumValues(GoalLevel.class))
        .checkAssert(level -> qt().withExamples(20).forAll(GoalGens.goals(level)).checkAssert(goal -> {
          assertValid(goal);
          assertThat(goal.level()).isEqualTo(level);
        }));
  }

  @Test
  void goalsInsideAPeriodLieInsideIt() {
    qt().forAll(CoreGens.periods()).checkAssert(outer ->
        qt().withExamples(20).forAll(GoalGens.goalsInside(outer)).checkAssert(goal -> {
          assertValid(goal);
          assertThat(outer.encloses(goal.period())).isTrue();
        }));
  }

  @Test
  void individualGoalsInsideTheYear() {
    qt().forAll(GoalGens.goalsInside(YEAR, GoalLevel.INDIVIDUAL)).checkAssert(goal -> {
      assertValid(goal);
      assertThat(goal.level()).isEqualTo(GoalLevel.INDIVIDUAL);
      assertThat(YEAR.encloses(goal.period())).isTrue();
    });
  }
}
