package dev.pillars.testing;

import dev.pillars.core.Checks;
import dev.pillars.core.Period;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of valid alignment graphs.
 *
 * <p>A generated graph is a cascade: {@link GoalLevel#ORGANISATION} objectives owned by units,
 * {@link GoalLevel#UNIT} goals aligned to objectives or to other unit goals, and {@link
 * GoalLevel#INDIVIDUAL} goals owned by employees and aligned to unit goals (or to objectives when
 * no unit goal exists yet). About a quarter of the aligned goals have a second parent, about one
 * unit or individual goal in eight is an orphan (aligned to nothing), and about half of the
 * children cover only part of their parent's period, so periods are nested. Link weights range
 * from 0.5 to 4. Goals are {@code ACTIVE}; those without children are measured manually, the others are derived. Goal ids
 * are {@code g0}, {@code g1}, … in the order the goals were added.
 *
 * <p>Each goal is decoded from one generated {@code long}, so QuickTheories shrinks a failing
 * graph by dropping goals and by moving each goal's choices towards zero: an objective, the first
 * candidate parent, the whole of the parent's period.
 */
public final class GoalGraphGens {
  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  private GoalGraphGens() {}

  /**
   * Returns graphs of 0 to 30 goals.
   *
   * @return a generator of valid alignment graphs
   */
  public static Gen<AlignmentGraph> alignmentGraphs() {
    return alignmentGraphs(0, 30);
  }

  /**
   * Returns graphs of {@code minGoals} to {@code maxGoals} goals.
   *
   * @param minGoals the least number of goals, at least 0
   * @param maxGoals the largest number of goals, at least {@code minGoals}
   * @return a generator of valid alignment graphs
   * @throws dev.pillars.core.InvalidInputException if a bound is out of range
   */
  public static Gen<AlignmentGraph> alignmentGraphs(int minGoals, int maxGoals) {
    Checks.inRange("minGoals", minGoals, 0, Integer.MAX_VALUE);
    Checks.inRange("maxGoals", maxGoals, minGoals, Integer.MAX_VALUE);
    return SourceDSL.lists()
        .of(SourceDSL.longs().all())
        .ofSizeBetween(minGoals, maxGoals)
        .map(GoalGraphGens::decode)
        .describedAs(graph -> graph + " " + graph.links());
  }

  /** Decodes one goal per spec, each linked only to goals decoded before it. */
  static AlignmentGraph decode(List<Long> specs) {
    int n = specs.size();
    GoalLevel[] levels = new GoalLevel[n];
    @Nullable Period[] periods = new Period[n];
    List<List<Integer>> parents = new ArrayList<>();
    List<List<Double>> weights = new ArrayList<>();
    boolean[] inner = new boolean[n];
    for (int i = 0; i < n; i++) {
      long spec = specs.get(i);
      levels[i] = level(bits(spec, 0, 3));
      List<Integer> mine = new ArrayList<>();
      List<Double> myWeights = new ArrayList<>();
      boolean orphan = bits(spec, 30, 3) == 7;
      List<Integer> candidates = orphan ? List.of() : candidates(levels, periods, i, null);
      if (candidates.isEmpty()) {
        periods[i] = part(bits(spec, 33, 3), year(bits(spec, 36, 2) == 3 ? 1 : 0));
      } else {
        int primary = candidates.get(bits(spec, 3, 12) % candidates.size());
        periods[i] = part(bits(spec, 33, 3), requirePeriod(periods[primary]));
        mine.add(primary);
        myWeights.add(weight(bits(spec, 38, 3)));
        if (bits(spec, 27, 3) < 2) {
          List<Integer> others = candidates(levels, periods, i, requirePeriod(periods[i]));
          others.remove(Integer.valueOf(primary));
          if (!others.isEmpty()) {
            mine.add(others.get(bits(spec, 15, 12) % others.size()));
            myWeights.add(weight(bits(spec, 41, 3)));
          }
        }
      }
      for (int p : mine) {
        inner[p] = true;
      }
      parents.add(mine);
      weights.add(myWeights);
    }
    AlignmentGraph.Builder builder = AlignmentGraph.builder();
    for (int i = 0; i < n; i++) {
      builder.addGoal(goal(i, levels[i], requirePeriod(periods[i]), inner[i], bits(specs.get(i), 44, 7)));
    }
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < parents.get(i).size(); k++) {
        builder.addLink(id(i), id(parents.get(i).get(k)), weights.get(i).get(k));
      }
    }
    return builder.build();
  }

  private static Period requirePeriod(@Nullable Period period) {
    return Checks.notNull("period", period);
  }

  private static int bits(long spec, int from, int count) {
    return (int) ((spec >>> from) & ((1L << count) - 1));
  }

  private static GoalLevel level(int pick) {
    // 0: objective, 1-3: unit, 4-7: individual
    return pick == 0 ? GoalLevel.ORGANISATION : pick < 4 ? GoalLevel.UNIT : GoalLevel.INDIVIDUAL;
  }

  /**
   * Returns the earlier goals goal {@code i} may align to: objectives and unit goals for a unit
   * goal; unit goals, or objectives when there is no unit goal, for an individual goal. With
   * {@code inside} set, only goals whose period encloses it.
   */
  private static List<Integer> candidates(
      GoalLevel[] levels, @Nullable Period[] periods, int i, @Nullable Period inside) {
    List<Integer> units = new ArrayList<>();
    List<Integer> objectives = new ArrayList<>();
    for (int p = 0; p < i; p++) {
      Period period = periods[p];
      if (inside == null || (period != null && period.encloses(inside))) {
        if (levels[p] == GoalLevel.UNIT) {
          units.add(p);
        } else if (levels[p] == GoalLevel.ORGANISATION) {
          objectives.add(p);
        }
      }
    }
    switch (levels[i]) {
      case ORGANISATION:
        return new ArrayList<>();
      case UNIT:
        objectives.addAll(units);
        return objectives;
      default:
        return units.isEmpty() ? objectives : units;
    }
  }

  private static Period year(int offset) {
    LocalDate start = START.plusYears(offset);
    return Period.of(start, start.plusYears(1).minusDays(1));
  }

  /** Returns all of {@code outer} (picks 0 to 3), its first half (4, 5), second half (6) or first quarter (7). */
  private static Period part(int pick, Period outer) {
    long days = outer.days();
    LocalDate start = outer.start();
    switch (pick) {
      case 4:
      case 5:
        return Period.of(start, start.plusDays(Math.max(0, days / 2 - 1)));
      case 6:
        return Period.of(start.plusDays(days / 2), outer.end());
      case 7:
        return Period.of(start, start.plusDays(Math.max(0, days / 4 - 1)));
      default:
        return outer;
    }
  }

  private static double weight(int pick) {
    return 0.5 + pick * 0.5;
  }

  private static GoalId id(int i) {
    return GoalId.of("g" + i);
  }

  private static Goal goal(int i, GoalLevel level, Period period, boolean inner, int progress) {
    GoalOwner owner =
        level == GoalLevel.INDIVIDUAL
            ? GoalOwner.employee(EmployeeId.of("e" + i))
            : GoalOwner.unit(OrgUnitId.of("u" + i));
    return Goal.builder()
        .id(id(i))
        .title("Goal " + i)
        .owner(owner)
        .level(level)
        .period(period)
        .status(GoalStatus.ACTIVE)
        .measure(inner ? GoalMeasure.derived() : GoalMeasure.manual(progress % 101 / 100.0))
        .build();
  }
}
