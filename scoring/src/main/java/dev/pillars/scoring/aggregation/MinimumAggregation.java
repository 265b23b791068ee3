package dev.pillars.scoring.aggregation;

import dev.pillars.core.Checks;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import java.util.List;
import java.util.Set;

/** The minimum: the weakest child gates the parent and contributes the whole score. */
final class MinimumAggregation implements AggregationStrategy {
  private final StrategyConfig config;

  private MinimumAggregation(StrategyConfig config) {
    this.config = config;
  }

  static MinimumAggregation create(StrategyConfig config) {
    Checks.notNull("config", config);
    Checks.require(MINIMUM.equals(config.name()), "strategy", config.name(), "must be " + MINIMUM);
    config.requireOnly(Set.of());
    return new MinimumAggregation(config);
  }

  @Override
  public StrategyConfig config() {
    return config;
  }

  @Override
  public Set<Characteristic> characteristics() {
    return Set.of(Characteristic.MONOTONE, Characteristic.BOUNDED_BY_INPUTS);
  }

  @Override
  public Score aggregate(List<WeightedScore> inputs) {
    List<WeightedScore> sorted = Inputs.sortedByName(inputs);
    int gate = 0;
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).value() < sorted.get(gate).value()) {
        gate = i;
      }
    }
    double min = sorted.get(gate).value();
    Receipt.Builder receipt = Receipt.builder().kind(kind()).config(config);
    for (int i = 0; i < sorted.size(); i++) {
      WeightedScore in = sorted.get(i);
      receipt.addLines(ReceiptLine.of(in.name(), in.value(), in.weight(), i == gate ? min : 0.0));
    }
    receipt.addNotes("gated by " + sorted.get(gate).name() + ", the lowest child; weights do not apply");
    return Score.of(receipt.unroundedValue(min).build());
  }

  @Override
  public String toString() {
    return config.toString();
  }
}
