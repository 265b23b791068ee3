package dev.pillars.testing;

import dev.pillars.core.Checks;
import dev.pillars.core.Period;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of valid {@link Goal}s and their parts.
 *
 * <p>Generated goals cover every level, status and kind of measure (KPI target with and without
 * threshold and stretch, manual progress, milestone checklist, derived). An individual goal is
 * owned by an employee {@code e0 .. e99}, a unit or organisation goal by a unit {@code u0 .. u24};
 * the due date lies in the period and the weight is between 0.1 and 10. Goal ids are {@code
 * goal-0 .. goal-99999}, so two goals drawn separately may share an id: a test that needs distinct
 * goals should number them itself.
 */
public final class GoalGens {
  private GoalGens() {}

  /**
   * Returns goal ids such as {@code goal-42}.
   *
   * @return a generator of valid goal ids
   */
  public static Gen<GoalId> goalIds() {
    return SourceDSL.integers().between(0, 99_999).map(i -> GoalId.of("goal-" + i));
  }

  /**
   * Returns goals of any level over any period from {@link CoreGens#periods()}.
   *
   * @return a generator of valid goals
   */
  public static Gen<Goal> goals() {
    return source -> goal(source, Generate.enumValues(GoalLevel.class).generate(source), CoreGens.periods());
  }

  /**
   * Returns goals of one level over any period from {@link CoreGens#periods()}.
   *
   * @param level the level of every generated goal
   * @return a generator of valid goals of that level
   */
  public static Gen<Goal> goals(GoalLevel level) {
    Checks.notNull("level", level);
    return source -> goal(source, level, CoreGens.periods());
  }

  /**
   * Returns goals of any level whose period lies inside {@code outer}, ends included; useful for
   * goals that align under a parent goal with that period.
   *
   * @param outer the period every generated goal's period lies in
   * @return a generator of valid goals inside {@code outer}
   */
  public static Gen<Goal> goalsInside(Period outer) {
    Checks.notNull("outer", outer);
    return source -> goal(source, Generate.enumValues(GoalLevel.class).generate(source), CoreGens.periodsInside(outer));
  }

  /**
   * Returns goals of one level whose period lies inside {@code outer}, ends included.
   *
   * @param outer the period every generated goal's period lies in
   * @param level the level of every generated goal
   * @return a generator of valid goals of that level inside {@code outer}
   */
  public static Gen<Goal> goalsInside(Period outer, GoalLevel level) {
    Checks.notNull("outer", outer);
    Checks.notNull("level", level);
    return source -> goal(source, level, CoreGens.periodsInside(outer));
  }

  /**
   * Returns measures of every kind: KPI targets (higher or lower is better, with or without
   * threshold and stretch), manual progress from 0 to 1, checklists of 1 to 6 milestones some of
   * which are done, and derived measures.
   *
   * @return a generator of valid measures
   */
  public static Gen<GoalMeasure> measures() {
    return source -> {
      switch (draw(source, 0, 3)) {
        case 0:
          return GoalMeasure.manual(SourceDSL.doubles().between(0, 1).generate(source));
        case 1:
          return GoalMeasure.milestones(milestones(source));
        case 2:
          return GoalMeasure.kpi(KpiId.of("kpi-" + draw(source, 0, 99)), kpiTargets().generate(source));
        default:
          return GoalMeasure.derived();
      }
    };
  }

  /**
   * Returns KPI targets with a baseline from -1000 to 1000, a target 0.01 to 1000 above or below
   * it, and sometimes a threshold between them and a stretch beyond the target.
   *
   * @return a generator of valid KPI targets
   */
  public static Gen<KpiTarget> kpiTargets() {
    return source -> {
      double baseline = SourceDSL.doubles().between(-1000, 1000).generate(source);
      double distance = SourceDSL.doubles().between(0.01, 1000).generate(source);
      double sign = draw(source, 0, 1) == 0 ? 1 : -1;
      KpiTarget.Builder target = KpiTarget.builder().baseline(baseline).target(baseline + sign * distance);
      if (draw(source, 0, 1) == 1) {
        target.threshold(baseline + sign * distance * SourceDSL.doubles().between(0, 1).generate(source));
      }
      if (draw(source, 0, 1) == 1) {
        target.stretch(baseline + sign * distance + sign * distance * SourceDSL.doubles().between(0.01, 1).generate(source));
      }
      return target.build();
    };
  }

  private static Goal goal(RandomnessSource source, GoalLevel level, Gen<Period> periods) {
    Period period = periods.generate(source);
    int number = draw(source, 0, 99_999);
    Goal.Builder goal = Goal.builder()
        .id(GoalId.of("goal-" + number))
        .title("Goal " + number)
        .owner(level == GoalLevel.INDIVIDUAL
            ? GoalOwner.employee(EmployeeId.of("e" + draw(source, 0, 99)))
            : GoalOwner.unit(OrgUnitId.of("u" + draw(source, 0, 24))))
        .level(level)
        .period(period)
        .dueDate(period.start().plusDays(draw(source, 0, (int) Math.min(Integer.MAX_VALUE, period.days() - 1))))
        .weight(SourceDSL.doubles().between(0.1, 10).generate(source))
        .status(Generate.enumValues(GoalStatus.class).generate(source))
        .measure(measures().generate(source));
    if (draw(source, 0, 2) == 0) {
      goal.description("Description of goal " + number);
    }
    return goal.build();
  }

  private static List<Milestone> milestones(RandomnessSource source) {
    int count = draw(source, 1, 6);
    List<Milestone> milestones = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Milestone milestone = Milestone.open("Milestone " + (i + 1));
      milestones.add(draw(source, 0, 1) == 1 ? milestone.complete() : milestone);
    }
    return milestones;
  }

  private static int draw(RandomnessSource source, int min, int max) {
    return SourceDSL.integers().between(min, max).generate(source);
  }
}
