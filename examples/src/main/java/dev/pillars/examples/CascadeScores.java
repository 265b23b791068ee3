package dev.pillars.examples;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.cascade.CascadeResult;
import dev.pillars.scoring.cascade.LeafValues;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.OptionalDouble;

/**
 * The firm's cascade scored by the scoring module's roll-up: the leaves from their own progress
 * (manual progress, milestones) and their KPIs' attainment, every other goal from its children by
 * the weighted mean, except the quality lab, which uses the examples' own {@link WeakestMean}, found
 * by name through {@link java.util.ServiceLoader}. The result keeps a receipt for every goal and
 * takes incremental updates.
 */
final class CascadeScores {
  /** The goal scored by the custom strategy. */
  static final GoalId LAB = AcmeFirm.id("lab-root-cause");

  private static final AttainmentStrategy ATTAINMENT = AttainmentStrategy.linear(1.0);

  private final Cascade cascade;
  private final CascadeResult result;

  CascadeScores(Firm firm) {
    StrategyRegistry registry =
        StrategyRegistry.builder().withServiceLoader(CascadeScores.class.getClassLoader()).build();
    cascade = Cascade.builder(firm.graph())
        .defaultStrategy(AggregationStrategy.weightedMean())
        .strategy(LAB, registry.aggregation(StrategyConfig.of(WeakestMean.NAME)))
        .build();
    LeafValues leaves = cascade.leafValues().putGoalProgress();
    for (Firm.Kpi kpi : firm.kpiReadings().values()) {
      leaves.set(kpi.goal().id(), attainment(kpi.target(), kpi.over(AcmeFirm.lastFourWeeks())));
    }
    result = cascade.rollUp(leaves);
  }

  /** A KPI goal's leaf value: the linear attainment of its current value, capped at 1. */
  static double attainment(KpiTarget target, double current) {
    return ATTAINMENT.attainment(current, target).value();
  }

  AlignmentGraph graph() {
    return cascade.graph();
  }

  /** A goal's score; empty for a goal with neither children nor a value of its own. */
  OptionalDouble score(GoalId goal) {
    return result.score(goal);
  }

  /** What the strategy that scores a goal from its children does, in words; "leaf" for a leaf. */
  String strategyOf(GoalId goal) {
    return cascade.strategy(goal).map(s -> Wording.strategy(s.config())).orElse("leaf");
  }

  /** Why a goal scores what it does: the strategy, its inputs, weights and contributions. */
  Receipt receipt(GoalId goal) {
    return result.receipt(goal).orElseThrow();
  }

  /**
   * Records a leaf's new value and recomputes only its ancestors.
   *
   * @return how many ancestors were recomputed
   */
  int update(GoalId leaf, double value) {
    return result.update(leaf, value);
  }
}
