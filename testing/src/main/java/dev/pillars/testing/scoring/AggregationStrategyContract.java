package dev.pillars.testing.scoring;

import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * The contract of an {@link AggregationStrategy}. A test class implements it and supplies the
 * subject (and, for a custom strategy, a registry that knows it):
 *
 * <pre>{@code
 * class MedianContractTest implements AggregationStrategyContract {
 *   public AggregationStrategy subject() { return new Median(StrategyConfig.of("median")); }
 *   public StrategyRegistry registry() {
 *     return StrategyRegistry.builder().register(new MedianProvider()).build();
 *   }
 * }
 * }</pre>
 */
public interface AggregationStrategyContract extends ScoringStrategyContract<AggregationStrategy, List<WeightedScore>> {
  /**
   * Returns the scale the generated child scores lie on; -1,000 to 1,000 unless overridden.
   *
   * @return the scale of generated values
   */
  default Scale values() {
    return Scale.of(-1_000, 1_000);
  }

  @Override
  default Gen<List<WeightedScore>> inputs() {
    return ScoringGens.weightedScores(values());
  }

  @Override
  default Score score(AggregationStrategy strategy, List<WeightedScore> input) {
    return strategy.aggregate(input);
  }

  @Override
  default Score replay(AggregationStrategy strategy, Receipt receipt) {
    return strategy.replay(receipt);
  }

  @Override
  default int size(List<WeightedScore> input) {
    return input.size();
  }

  @Override
  default List<WeightedScore> raise(List<WeightedScore> input, int which, double by) {
    List<WeightedScore> raised = new ArrayList<>(input);
    WeightedScore old = raised.get(which);
    raised.set(which, WeightedScore.of(old.name(), old.value() + by, old.weight(), old.size()));
    return raised;
  }

  /** Returns an empty list and a list with a repeated name; override to add more. */
  @Override
  default List<List<WeightedScore>> badInputs() {
    return List.of(List.of(), List.of(WeightedScore.of("a", 1), WeightedScore.of("a", 2)));
  }
}
