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

  /** What the snippet computes, for its test. */
  public record Scored(CascadeResult result, String why, int recomputed) {}

  /** Runs README's cascade snippet on the main example's graph. */
  public static Scored score(AlignmentGraph graph, KpiTarget defectTarget) {
    // region cascade
    // graph: the main example's alignment graph; defectTarget: its defect-rate target
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
