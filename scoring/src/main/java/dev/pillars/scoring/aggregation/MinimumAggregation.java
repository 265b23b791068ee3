package dev.pillars.scoring.aggregation;

import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.internal.BuiltInStrategy;
import java.util.List;
import java.util.Set;

/** The minimum: the weakest child gates the parent and contributes the whole score. */
final class MinimumAggregation extends BuiltInStrategy implements AggregationStrategy {
  private final NoInputsPolicy noInputs;

  private MinimumAggregation(StrategyConfig config) {
    super(config);
    this.noInputs = NoInputsPolicy.of(config);
  }

  static MinimumAggregation create(StrategyConfig config) {
    check(config, Set.of(MINIMUM), Set.of(NO_INPUTS));
    return new MinimumAggregation(config);
  }

  @Override
  public Set<Characteristic> characteristics() {
    return Set.of(Characteristic.MONOTONE, Characteristic.BOUNDED_BY_INPUTS);
  }

  @Override
  public Score aggregate(List<WeightedScore> inputs) {
    List<WeightedScore> sorted = WeightedScore.sortedByName(inputs);
    if (sorted.isEmpty()) {
      return noInputs.score(this);
    }
    int gate = 0;
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).value() < sorted.get(gate).value()) {
        gate = i;
      }
    }
    double min = sorted.get(gate).value();
    Receipt.Builder receipt = Receipt.builder().kind(kind()).config(config());
    for (int i = 0; i < sorted.size(); i++) {
      WeightedScore in = sorted.get(i);
      // the weight applied: the gate counts wholly, the others not at all, whatever their link weights
      receipt.addLines(ReceiptLine.of(in.name(), in.value(), i == gate ? 1.0 : 0.0, i == gate ? min : 0.0));
    }
    receipt.addNotes("gated by " + sorted.get(gate).name() + ", the lowest child; weights do not apply");
    return Score.of(receipt.unroundedValue(min).build());
  }
}
