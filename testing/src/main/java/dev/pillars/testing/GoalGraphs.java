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
import java.util.SplittableRandom;

/**
 * A fast, deterministic generator of large, valid alignment graphs, for benchmarks and load tests.
 *
 * <p>Unlike {@link GoalGraphGens}, this is plain Java: the same arguments always give an equal
 * graph, and a graph of a million goals is built in one bulk {@link AlignmentGraph#builder()}
 * pass.
 */
public final class GoalGraphs {
  /** The period of every organisation and unit goal: the calendar year 2026. */
  public static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  private static final Period[] QUARTERS = {
    Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
    Period.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
    Period.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)),
    Period.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31))
  };

  private GoalGraphs() {}

  /**
   * Generates a layered cascade of goals.
   *
   * <p>The graph has {@code levels} layers of goals whose sizes grow geometrically from the top,
   * adding up to {@code goals}. The top layer holds {@link GoalLevel#ORGANISATION} objectives
   * owned by units; with two or more levels the bottom layer holds {@link GoalLevel#INDIVIDUAL}
   * goals owned by employees, and every layer in between holds {@link GoalLevel#UNIT} goals owned
   * by units (so levels beyond three are further unit levels). Each goal below the top layer is
   * linked to one parent in the layer above, the layer above split into contiguous blocks, and
   * with probability {@code multiParentShare} to a second, different parent of that layer chosen at
   * random (when the layer above has at least two goals). There are no orphans, so every
   * individual goal reaches an objective. Link weights are whole numbers from 1 to 4.
   *
   * <p>Organisation and unit goals cover {@link #YEAR}; individual goals cover one of its quarters.
   * The bottom layer's goals are measured manually with a random progress, the others are derived
   * from their children. Goal ids are {@code g0}, {@code g1}, … top layer first; all goals are
   * {@link GoalStatus#ACTIVE}.
   *
   * <p>Memory and time are linear in {@code goals}: one million goals in six levels with a 10 %
   * share of second parents build in a few seconds.
   *
   * @param goals the number of goals, at least {@code levels}
   * @param levels the number of layers, at least 1
   * @param multiParentShare the probability that a goal below the top layer has a second parent,
   *     from 0 to 1
   * @param seed the seed of the random choices
   * @return the graph
   * @throws dev.pillars.core.InvalidInputException if an argument is out of range
   */
  public static AlignmentGraph generate(int goals, int levels, double multiParentShare, long seed) {
    Checks.inRange("levels", levels, 1, Integer.MAX_VALUE);
    Checks.inRange("goals", goals, levels, Integer.MAX_VALUE);
    Checks.inRange("multiParentShare", multiParentShare, 0, 1);
    SplittableRandom random = new SplittableRandom(seed);
    int[] sizes = layerSizes(goals, levels);
    AlignmentGraph.Builder builder = AlignmentGraph.builder();
    GoalId[] previous = new GoalId[0];
    int next = 0;
    for (int layer = 0; layer < levels; layer++) {
      GoalLevel level =
          layer == 0 ? GoalLevel.ORGANISATION : layer == levels - 1 ? GoalLevel.INDIVIDUAL : GoalLevel.UNIT;
      boolean leaf = layer == levels - 1;
      GoalId[] current = new GoalId[sizes[layer]];
      for (int j = 0; j < current.length; j++) {
        int index = next++;
        GoalId id = GoalId.of("g" + index);
        current[j] = id;
        builder.addGoal(goal(id, index, level, leaf, random));
        if (layer > 0) {
          int primary = (int) ((long) j * previous.length / current.length);
          builder.addLink(id, previous[primary], 1 + random.nextInt(4));
          if (previous.length > 1 && random.nextDouble() < multiParentShare) {
            int second = random.nextInt(previous.length - 1);
            if (second >= primary) {
              second++;
            }
            builder.addLink(id, previous[second], 1 + random.nextInt(4));
          }
        }
      }
      previous = current;
    }
    return builder.build();
  }

  private static Goal goal(GoalId id, int index, GoalLevel level, boolean leaf, SplittableRandom random) {
    boolean individual = level == GoalLevel.INDIVIDUAL;
    return Goal.builder()
        .id(id)
        .title((individual ? "Individual goal " : level == GoalLevel.UNIT ? "Unit goal " : "Objective ") + index)
        .owner(
            individual
                ? GoalOwner.employee(EmployeeId.of("e" + index))
                : GoalOwner.unit(OrgUnitId.of("u" + index)))
        .level(level)
        .period(individual ? QUARTERS[random.nextInt(QUARTERS.length)] : YEAR)
        .status(GoalStatus.ACTIVE)
        .measure(leaf ? GoalMeasure.manual(random.nextInt(101) / 100.0) : GoalMeasure.derived())
        .build();
  }

  /**
   * Returns layer sizes that grow by a common ratio r >= 1 (1, r, r², …, rounded down, at least 1
   * each) with the bottom layer taking the rest, so they add up to {@code goals}.
   */
  static int[] layerSizes(int goals, int levels) {
    double low = 1;
    double high = goals;
    for (int i = 0; i < 100; i++) {
      double mid = (low + high) / 2;
      if (geometricSum(mid, levels) > goals) {
        high = mid;
      } else {
        low = mid;
      }
    }
    int[] sizes = new int[levels];
    long above = 0;
    for (int k = 0; k < levels - 1; k++) {
      sizes[k] = (int) Math.max(1, Math.floor(Math.pow(low, k)));
      above += sizes[k];
    }
    sizes[levels - 1] = (int) (goals - above);
    return sizes;
  }

  private static double geometricSum(double ratio, int levels) {
    double sum = 0;
    double term = 1;
    for (int k = 0; k < levels; k++) {
      sum += term;
      term *= ratio;
    }
    return sum;
  }
}
