package dev.pillars.examples;

import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.registry.StrategyRegistry;
import dev.pillars.testing.scoring.AggregationStrategyContract;
import java.util.List;

/** The examples' custom strategy runs the same contract as the built-ins, in a few lines. */
class WeakestMeanContractTest implements AggregationStrategyContract {
  @Override
  public AggregationStrategy subject() {
    return WeakestMean.create(StrategyConfig.of(WeakestMean.NAME).with(WeakestMean.COUNT, 2));
  }

  @Override
  public StrategyRegistry registry() {
    return StrategyRegistry.builder().withServiceLoader(WeakestMean.class.getClassLoader()).build();
  }

  @Override
  public List<StrategyConfig> badConfigs() {
    return List.of(
        StrategyConfig.of(WeakestMean.NAME).with(WeakestMean.COUNT, 0),
        StrategyConfig.of(WeakestMean.NAME).with(WeakestMean.COUNT, 1.5),
        StrategyConfig.of(WeakestMean.NAME).with(WeakestMean.COUNT, "two"));
  }
}
