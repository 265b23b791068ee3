package dev.pillars.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.cascade.CascadeResult;
import dev.pillars.testing.GoalGraphs;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Runs the cascade benchmarks and their baselines on a small graph and checks that each does the
 * work it claims, with the same results as the cascade, so the benchmarks cannot rot between
 * runs. Measures nothing.
 */
class CascadeBenchmarksTest {
  private static final int SIZE = 3_000;
  private static final Offset<Double> CLOSE = Offset.offset(1e-12);

  @Test
  void theRollUpAndItsBaselinesComputeTheSameScores() {
    CascadeRollUpBenchmark benchmark = new CascadeRollUpBenchmark();
    CascadeRollUpBenchmark.Input input = new CascadeRollUpBenchmark.Input();
    input.size = SIZE;
    input.setUp();
    AlignmentGraph graph = GoalGraphs.generate(SIZE, 6, 0.10, CascadeRollUpBenchmark.SEED);
    Cascade cascade = Cascade.of(graph);
    CascadeResult expected = cascade.rollUp(cascade.leafValues().putGoalProgress());

    double top = benchmark.cascadeRollUp(input);
    assertThat(top).isEqualTo(expected.score(graph.goals().get(0).id()).orElseThrow());
    assertThat(input.result.scores()).isEqualTo(expected.scores());

    Map<String, Double> objects = benchmark.objectGraphRecursion(input);
    assertThat(objects).hasSize(SIZE);
    for (Goal goal : graph.goals()) {
      assertThat(objects.get(goal.id().value())).isCloseTo(expected.score(goal.id()).orElseThrow(), CLOSE);
    }

    double floor = 0;
    for (int p = cascade.leafCount(); p < cascade.size(); p++) {
      for (var link : graph.children(cascade.goalAt(p))) {
        double total = graph.children(cascade.goalAt(p)).stream().mapToDouble(l -> l.weight()).sum();
        floor += expected.score(link.child()).orElseThrow() * link.weight() / total;
      }
    }
    assertThat(input.floorChild).hasSize(graph.linkCount());
    assertThat(benchmark.floor(input)).isCloseTo(floor, Offset.offset(1e-9 * SIZE));
  }

  @Test
  void anUpdateAndThePerRecordSaveRecomputeTheSameAncestors() {
    CascadeUpdateBenchmark benchmark = new CascadeUpdateBenchmark();
    CascadeUpdateBenchmark.Input input = new CascadeUpdateBenchmark.Input();
    CascadeUpdateBenchmark.Cursor cascadeCursor = new CascadeUpdateBenchmark.Cursor();
    CascadeUpdateBenchmark.Cursor recordCursor = new CascadeUpdateBenchmark.Cursor();
    input.size = SIZE;
    input.setUp();
    Cascade cascade = input.result.cascade();
    LeafModel model = new LeafModel(input.result);

    int changes = 2 * CascadeUpdateBenchmark.RING + 500; // into the third pass through the ring
    int idle = 0;
    for (int n = 0; n < changes; n++) {
      int i = n & (CascadeUpdateBenchmark.RING - 1);
      int recomputed = benchmark.cascadeUpdate(input, cascadeCursor);
      int saved = benchmark.perRecordSave(input, recordCursor);
      model.set(input.leafIds[i], input.value(n));
      assertThat(recomputed).isNotNegative().isLessThanOrEqualTo(cascade.graph().ancestors(cascade.goalAt(input.leaves[i])).size());
      assertThat(saved).isGreaterThanOrEqualTo(recomputed);
      if (recomputed == 0) {
        idle++;
      }
    }
    assertThat(idle).as("changes that recomputed nothing").isLessThan(changes / 20);
    CascadeResult full = cascade.rollUp(model.values(cascade));
    assertThat(input.result.scores()).isEqualTo(full.scores());
    for (Goal goal : cascade.graph().goals()) {
      assertThat(input.records.score(goal.id().value())).isCloseTo(full.score(goal.id()).orElseThrow(), CLOSE);
    }
    assertThat(benchmark.cascadeUpdateSameLeaf(input, cascadeCursor) + benchmark.cascadeUpdateSameLeaf(input, cascadeCursor))
        .isPositive();
  }

  /** The leaf values as a plain map, to roll up from scratch. */
  private static final class LeafModel {
    private final Map<String, Double> values = new HashMap<>();

    LeafModel(CascadeResult result) {
      Cascade cascade = result.cascade();
      for (int p = 0; p < cascade.leafCount(); p++) {
        values.put(cascade.goalAt(p).value(), result.scoreAt(p));
      }
    }

    void set(String id, double value) {
      values.put(id, value);
    }

    dev.pillars.scoring.cascade.LeafValues values(Cascade cascade) {
      dev.pillars.scoring.cascade.LeafValues leaves = cascade.leafValues();
      values.forEach((id, v) -> leaves.set(dev.pillars.core.goal.GoalId.of(id), v));
      return leaves;
    }
  }
}
