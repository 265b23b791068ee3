package dev.pillars.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GoalGraphsTest {

  @Test
  void theSameArgumentsGiveAnEqualGraph() {
    assertThat(GoalGraphs.generate(2_000, 4, 0.1, 7)).isEqualTo(GoalGraphs.generate(2_000, 4, 0.1, 7));
    assertThat(GoalGraphs.generate(2_000, 4, 0.1, 7)).isNotEqualTo(GoalGraphs.generate(2_000, 4, 0.1, 8));
  }

  @Test
  void aSixLevelCascadeHasObjectivesUnitsAndIndividualsWithTheRequestedShareOfSecondParents() {
    AlignmentGraph graph = GoalGraphs.generate(20_000, 6, 0.1, 42);
    Map<GoalLevel, Long> levels =
        graph.goals().stream().collect(Collectors.groupingBy(Goal::level, Collectors.counting()));
    int[] sizes = GoalGraphs.layerSizes(20_000, 6);
    long withParent = 20_000 - sizes[0];
    long secondParents = graph.linkCount() - withParent;

    assertThat(graph.size()).isEqualTo(20_000);
    assertThat(levels.get(GoalLevel.ORGANISATION)).isEqualTo(sizes[0]);
    assertThat(levels.get(GoalLevel.INDIVIDUAL)).isEqualTo(sizes[5]);
    assertThat(levels.get(GoalLevel.UNIT)).isEqualTo(sizes[1] + sizes[2] + sizes[3] + sizes[4]);
    assertThat((double) secondParents / withParent).isBetween(0.09, 0.11);
    assertThat(graph.orphans()).isEmpty();
    assertThat(graph.alignmentCoverage()).isEqualTo(OptionalDouble.of(1.0));
    Goal individual = graph.goals().get(graph.size() - 1);
    assertThat(graph.pathToObjective(individual.id())).hasValueSatisfying(path -> assertThat(path).hasSize(6));
    for (Goal goal : graph.goals()) {
      assertThat(goal.measure() instanceof GoalMeasure.Manual).isEqualTo(goal.level() == GoalLevel.INDIVIDUAL);
      assertThat(graph.parents(goal.id())).hasSizeLessThanOrEqualTo(2);
    }
  }

  @Test
  void oneLevelIsObjectivesOnlyAndTwoLevelsLinkIndividualsToObjectives() {
    AlignmentGraph flat = GoalGraphs.generate(5, 1, 0.5, 1);
    assertThat(flat.goals()).extracting(Goal::level).containsOnly(GoalLevel.ORGANISATION);
    assertThat(flat.linkCount()).isZero();
    assertThat(flat.alignmentCoverage()).isEmpty();

    AlignmentGraph two = GoalGraphs.generate(50, 2, 0.0, 1);
    assertThat(two.linkCount()).isEqualTo(two.goals().stream().filter(g -> g.level() == GoalLevel.INDIVIDUAL).count());
    assertThat(two.alignmentCoverage()).isEqualTo(OptionalDouble.of(1.0));
  }

  @Test
  void everyGoalWithTwoGoalsAboveHasTwoParentsWhenTheShareIsOne() {
    AlignmentGraph graph = GoalGraphs.generate(300, 3, 1.0, 3);
    for (Goal goal : graph.goals()) {
      int expected =
          switch (goal.level()) {
            case ORGANISATION -> 0; // the top layer
            case UNIT -> 1; // the layer above is the single objective
            case INDIVIDUAL -> 2;
          };
      assertThat(graph.parents(goal.id())).as("parents of %s", goal.id()).hasSize(expected);
    }
  }

  @Test
  void layerSizesAddUpAndNoLayerIsEmpty() {
    qt().forAll(integers().between(1, 12), integers().between(0, 2_000_000))
        .checkAssert(
            (levels, extra) -> {
              int goals = levels + extra;
              int[] sizes = GoalGraphs.layerSizes(goals, levels);
              assertThat(sizes).hasSize(levels);
              assertThat(Arrays.stream(sizes).asLongStream().sum()).isEqualTo(goals);
              assertThat(Arrays.stream(sizes).min().orElseThrow()).isPositive();
              if (levels > 1) {
                assertThat(sizes[0]).as("a single objective on top").isEqualTo(1);
              }
            });
  }

  @Test
  void badArgumentsAreRejected() {
    Function<Runnable, InvalidInputException> rejected =
        call -> {
          try {
            call.run();
          } catch (InvalidInputException e) {
            return e;
          }
          throw new AssertionError("not rejected");
        };
    assertThat(rejected.apply(() -> GoalGraphs.generate(10, 0, 0.1, 1)).field()).isEqualTo("levels");
    assertThat(rejected.apply(() -> GoalGraphs.generate(2, 3, 0.1, 1)).field()).isEqualTo("goals");
    assertThat(rejected.apply(() -> GoalGraphs.generate(10, 3, 1.5, 1)).field()).isEqualTo("multiParentShare");
    assertThatThrownBy(() -> GoalGraphs.generate(10, 3, Double.NaN, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("multiParentShare was NaN: must be between 0.0 and 1.0");
  }
}
