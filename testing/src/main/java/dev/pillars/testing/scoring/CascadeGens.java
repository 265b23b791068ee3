package dev.pillars.testing.scoring;

import dev.pillars.core.Checks;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.cascade.LeafValues;
import dev.pillars.scoring.cascade.MissingScorePolicy;
import dev.pillars.testing.GoalGraphGens;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of cascade roll-ups: {@link Cascade}s over generated alignment graphs
 * with a mix of strategies and target sizes, and {@link LeafValues} for them.
 *
 * <p>A host that writes its own {@link AggregationStrategy} can check it inside a cascade with
 * {@link #cascades(Gen, List)}, passing its strategy among the built-ins.
 */
public final class CascadeGens {
  private static final double[] SIZES = {1, 1, 2, 0.25, 10, 1_000, 100_000};

  private CascadeGens() {}

  /**
   * Returns the five built-in roll-up strategies: weighted mean, mean, proportional to target,
   * minimum and OKR grading.
   *
   * @return the strategies
   */
  public static List<AggregationStrategy> builtIns() {
    return List.of(
        AggregationStrategy.weightedMean(),
        AggregationStrategy.mean(),
        AggregationStrategy.proportionalToTarget(),
        AggregationStrategy.minimum(),
        AggregationStrategy.okr());
  }

  /**
   * Returns cascades over graphs of 1 to 40 goals with the built-in strategies.
   *
   * @return a generator of cascades
   * @see #cascades(Gen, List)
   */
  public static Gen<Cascade> cascades() {
    return cascades(GoalGraphGens.alignmentGraphs(1, 40), builtIns());
  }

  /**
   * Returns cascades over the given graphs: each goal with children gets one of the strategies (a
   * third of the cascades use the first strategy for every goal), each goal a target size from
   * 0.25 to 100,000 (mostly 1), and the missing-score policy is {@link MissingScorePolicy#EXCLUDE}
   * or {@link MissingScorePolicy#ZERO}.
   *
   * @param graphs the graphs
   * @param strategies the strategies to choose from, at least one
   * @return a generator of cascades
   * @throws dev.pillars.core.InvalidInputException if {@code strategies} is empty
   */
  public static Gen<Cascade> cascades(Gen<AlignmentGraph> graphs, List<AggregationStrategy> strategies) {
    Checks.notNull("graphs", graphs);
    Checks.require(!strategies.isEmpty(), "strategies", strategies, "must hold at least one strategy");
    List<AggregationStrategy> choices = List.copyOf(strategies);
    return graphs.zip(SourceDSL.longs().all(), (graph, seed) -> cascade(graph, choices, seed));
  }

  /** Builds one cascade from a graph and the seed of its choices. */
  private static Cascade cascade(AlignmentGraph graph, List<AggregationStrategy> strategies, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    boolean uniform = random.nextInt(3) == 0;
    Cascade.Builder builder =
        Cascade.builder(graph)
            .defaultStrategy(strategies.get(0))
            .missingScores(random.nextBoolean() ? MissingScorePolicy.EXCLUDE : MissingScorePolicy.ZERO);
    for (Goal goal : graph.goals()) {
      if (!uniform && !graph.children(goal.id()).isEmpty()) {
        builder.strategy(goal.id(), strategies.get(random.nextInt(strategies.size())));
      }
      double size = SIZES[random.nextInt(SIZES.length)];
      if (size != 1) {
        builder.targetSize(goal.id(), size);
      }
    }
    return builder.build();
  }

  /**
   * Returns leaf values for a cascade: fractions from 0 to 1 (often exactly 0 of either sign, 0.1,
   * 0.25, 0.5 or 1, so that siblings share values), about one leaf in eight without a value. Each
   * generated object is new.
   *
   * @param cascade the cascade
   * @return a generator of leaf values for it
   */
  public static Gen<LeafValues> leafValues(Cascade cascade) {
    Checks.notNull("cascade", cascade);
    Gen<Double> fractions =
        SourceDSL.doubles().between(0, 1)
            .mix(Generate.pick(List.of(0.0, -0.0, 0.1, 0.25, 0.5, 1.0)), 30)
            .mix(Generate.constant(Double.NaN), 12);
    return SourceDSL.lists().of(fractions).ofSize(cascade.leafCount()).map(list -> {
      LeafValues values = cascade.leafValues();
      for (int i = 0; i < list.size(); i++) {
        double v = list.get(i);
        if (!Double.isNaN(v)) {
          values.setAt(i, v);
        }
      }
      return values;
    });
  }
}
