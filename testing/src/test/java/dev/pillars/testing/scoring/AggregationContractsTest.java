package dev.pillars.testing.scoring;

import dev.pillars.scoring.Rounding;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.List;
import org.junit.jupiter.api.Nested;

/** Every built-in aggregation runs the aggregation contract. */
class AggregationContractsTest {
  @Nested
  class WeightedMean implements AggregationStrategyContract {
    @Override
    public AggregationStrategy subject() {
      return AggregationStrategy.weightedMean();
    }

    @Override
    public List<StrategyConfig> badConfigs() {
      return List.of(StrategyConfig.of(AggregationStrategy.WEIGHTED_MEAN).with("weights", 1.0));
    }
  }

  @Nested
  class WeightedMeanRounded implements AggregationStrategyContract {
    @Override
    public AggregationStrategy subject() {
      return StrategyRegistry.builtIns()
          .aggregation(StrategyConfig.of(AggregationStrategy.WEIGHTED_MEAN).withRounding(Rounding.halfUp(2)));
    }
  }

  @Nested
  class WeightedMeanZeroForNoInputs implements AggregationStrategyContract {
    @Override
    public AggregationStrategy subject() {
      return StrategyRegistry.builtIns().aggregation(
          StrategyConfig.of(AggregationStrategy.WEIGHTED_MEAN).with(AggregationStrategy.NO_INPUTS, "ZERO"));
    }

    @Override
    public List<StrategyConfig> badConfigs() {
      return List.of(StrategyConfig.of(AggregationStrategy.WEIGHTED_MEAN).with(AggregationStrategy.NO_INPUTS, "NEVER"));
    }
  }

  @Nested
  class MinimumZeroForNoInputs implements AggregationStrategyContract {
    @Override
    public AggregationStrategy subject() {
      return StrategyRegistry.builtIns().aggregation(
          StrategyConfig.of(AggregationStrategy.MINIMUM).with(AggregationStrategy.NO_INPUTS, "ZERO"));
    }
  }

  @Nested
  class Mean implements AggregationStrategyContract {
    @Override
    public AggregationStrategy subject() {
      return AggregationStrategy.mean();
    }
  }

  @Nested
  class ProportionalToTarget implements AggregationStrategyContract {
    @Override
    public AggregationStrategy subject() {
      return AggregationStrategy.proportionalToTarget();
    }
  }

  @Nested
  class Minimum implements AggregationStrategyContract {
    @Override
    public AggregationStrategy subject() {
      return AggregationStrategy.minimum();
    }
  }

  @Nested
  class Okr implements AggregationStrategyContract {
    @Override
    public AggregationStrategy subject() {
      return AggregationStrategy.okr();
    }

    @Override
    public Scale values() {
      return Scale.FRACTION;
    }

    @Override
    public List<List<dev.pillars.scoring.aggregation.WeightedScore>> badInputs() {
      return List.of(List.of(dev.pillars.scoring.aggregation.WeightedScore.of("kr1", 1.2)));
    }
  }
}
