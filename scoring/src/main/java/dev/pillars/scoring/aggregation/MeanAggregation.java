package dev.pillars.scoring.aggregation;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The built-in means: weighted, unweighted, by target size, and OKR grading. */
final class MeanAggregation implements AggregationStrategy {
  private enum Mode {
    WEIGHTED,
    EQUAL,
    TARGET_SIZE,
    OKR
  }

  private final StrategyConfig config;
  private final Mode mode;

  private MeanAggregation(StrategyConfig config, Mode mode) {
    this.config = config;
    this.mode = mode;
  }

  static MeanAggregation create(StrategyConfig config) {
    Checks.notNull("config", config);
    config.requireOnly(Set.of());
    Mode mode =
        switch (config.name()) {
          case WEIGHTED_MEAN -> Mode.WEIGHTED;
          case MEAN -> Mode.EQUAL;
          case PROPORTIONAL_TO_TARGET -> Mode.TARGET_SIZE;
          case OKR -> Mode.OKR;
          default -> throw new InvalidInputException(
              "strategy", config.name(), "must be one of " + List.of(WEIGHTED_MEAN, MEAN, PROPORTIONAL_TO_TARGET, OKR));
        };
    return new MeanAggregation(config, mode);
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
  public Optional<Scale> range() {
    return mode == Mode.OKR ? Optional.of(Scale.FRACTION) : Optional.empty();
  }

  @Override
  public Score aggregate(List<WeightedScore> inputs) {
    List<WeightedScore> sorted = Inputs.sortedByName(inputs);
    int n = sorted.size();
    double[] weights = new double[n];
    double largest = 0;
    for (int i = 0; i < n; i++) {
      WeightedScore in = sorted.get(i);
      if (mode == Mode.OKR) {
        Checks.inRange(in.name() + ".value", in.value(), 0.0, 1.0);
      }
      weights[i] =
          switch (mode) {
            case WEIGHTED -> in.weight();
            case EQUAL, OKR -> 1.0;
            case TARGET_SIZE -> in.weight() * in.size();
          };
      Checks.require(Double.isFinite(weights[i]), in.name() + ".weight", weights[i], "weight times size must be finite");
      largest = Math.max(largest, weights[i]);
    }
    // Weights from 2^990 up are summed scaled down by a power of two (exact, and the same in
    // Cascade's fast path), so that finite weights always have a finite total; others are unscaled.
    int scale = Math.max(0, Math.getExponent(largest) - 990);
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += Math.scalb(weights[i], -scale);
    }
    Checks.require(total > 0 && Double.isFinite(total), "inputs", total,
        mode == Mode.TARGET_SIZE
            ? "must have a positive, finite total of weight times target size"
            : "must have a positive, finite total weight");
    Receipt.Builder receipt = Receipt.builder().kind(kind()).config(config);
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      WeightedScore in = sorted.get(i);
      double contribution = in.value() * (Math.scalb(weights[i], -scale) / total);
      sum += contribution;
      min = Math.min(min, in.value());
      max = Math.max(max, in.value());
      receipt.addLines(ReceiptLine.of(in.name(), in.value(), weights[i], contribution));
    }
    return Score.of(receipt.unroundedValue(Math.max(min, Math.min(max, sum))).build());
  }

  @Override
  public String toString() {
    return config.toString();
  }
}
