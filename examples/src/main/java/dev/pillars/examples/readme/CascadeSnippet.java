package dev.pillars.examples.readme;

// region cascade
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import dev.pillars.scoring.cascade.*;
import dev.pillars.scoring.registry.StrategyRegistry;
// endregion

/** README's "Scoring the cascade" snippet. */
public final class CascadeSnippet {
  private CascadeSnippet() {}

  /**
   * What the snippet computes, for its test.
   *
   * @param result the cascade's scores after the update
   * @param why the objective's receipt, explained
   * @param recomputed how many goals the update recomputed
   */
  public record Scored(CascadeResult result, String why, int recomputed) {}

  /**
   * Runs README's cascade snippet.
   *
   * @param graph the main example's alignment graph
   * @param defectTarget the main example's defect-rate target
   * @return what the snippet computes
   */
  public static Scored score(AlignmentGraph graph, KpiTarget defectTarget) {
    // region cascade
    // graph: the main example's alignment graph (AcmeFirm in examples); defectTarget: its defect-rate target
    StrategyRegistry registry = StrategyRegistry.builder()
        .withServiceLoader(Thread.currentThread().getContextClassLoader()) // built-ins + "weakest-mean"
        .build();
    Cascade cascade = Cascade.builder(graph)
        .defaultStrategy(AggregationStrategy.weightedMean())
        .strategy(GoalId.of("lab-root-cause"), registry.aggregation(StrategyConfig.of("weakest-mean")))
        .build();
    LeafValues leaves = cascade.leafValues().putGoalProgress();     // manual progress, milestones
    leaves.set(GoalId.of("north-defects"),
        AttainmentStrategy.linear(1.0).attainment(4.39, defectTarget).value());
    CascadeResult result = cascade.rollUp(leaves);
    String why = result.receipt(GoalId.of("quality")).orElseThrow().explain();  // inputs, weights, contributions
    int recomputed = result.update(GoalId.of("north-defects"), 0.614);  // 2: north-plant, quality
    // endregion
    return new Scored(result, why, recomputed);
  }
}
