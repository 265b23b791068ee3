package dev.pillars.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.GoalId;
import dev.pillars.testing.GoalGraphs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark method once on a small graph and checks it does the work it claims, so the
 * benchmarks cannot rot between runs. Measures nothing.
 */
class AlignmentGraphBuildBenchmarkTest {
  private static final int SIZE = 2_000;

  private final AlignmentGraphBuildBenchmark benchmark = new AlignmentGraphBuildBenchmark();
  private final AlignmentGraphBuildBenchmark.Input input = new AlignmentGraphBuildBenchmark.Input();
  private final AlignmentGraphBuildBenchmark.PerGoal perGoal =
      new AlignmentGraphBuildBenchmark.PerGoal();
  private AlignmentGraph generated = AlignmentGraph.empty();

  @BeforeEach
  void generate() {
    input.size = SIZE;
    input.generate();
    generated = GoalGraphs.generate(SIZE, 6, 0.10, AlignmentGraphBuildBenchmark.SEED);
  }

  @Test
  void inputHoldsEveryGoalAndLinkOfTheGeneratedGraph() {
    assertThat(input.goals).containsExactlyElementsOf(generated.goals());
    assertThat(input.children).hasSize(generated.linkCount());
    assertThat(input.children.length).isGreaterThan(SIZE - 1);
  }

  @Test
  void bulkBuildRebuildsTheGeneratedGraphAndCountsItsGoals() {
    AlignmentGraph built = benchmark.bulkBuild(input, perGoal);

    assertThat(built).isEqualTo(generated);
    assertThat(built.links()).containsExactlyElementsOf(generated.links());
    assertThat(perGoal.perGoal).isEqualTo(SIZE);
  }

  @Test
  void floorResolvesBothEndsOfEveryLinkAndCountsTheGoals() {
    List<GoalId> ids = generated.goals().stream().map(goal -> goal.id()).toList();
    Map<GoalId, Integer> position = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i), i);
    }
    double expected = 0;
    for (AlignmentLink link : generated.links()) {
      expected += link.weight() * (position.get(link.child()) - position.get(link.parent()));
    }

    double checksum = benchmark.floor(input, perGoal);

    assertThat(checksum).isEqualTo(expected).isPositive();
    assertThat(perGoal.perGoal).isEqualTo(SIZE);
  }
}
