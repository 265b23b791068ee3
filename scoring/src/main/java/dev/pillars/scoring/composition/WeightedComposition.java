package dev.pillars.scoring.composition;

import dev.pillars.core.Checks;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/** A weighted mean of named components with an explicit absent-component policy. */
final class WeightedComposition implements CompositionStrategy {
  static final String WEIGHTS = "weights";
  static final String ABSENT = "absent";

  private final StrategyConfig config;
  private final SortedMap<String, Double> weights;
  private final AbsentComponentPolicy absent;
  private final double totalWeight;

  private WeightedComposition(StrategyConfig config, SortedMap<String, Double> weights, AbsentComponentPolicy absent) {
    this.config = config;
    this.weights = weights;
    this.absent = absent;
    double total = 0;
    for (double w : weights.values()) {
      total += w;
    }
    this.totalWeight = total;
  }

  static WeightedComposition create(StrategyConfig config) {
    Checks.notNull("config", config);
    Checks.require(
        WEIGHTED_COMPONENTS.equals(config.name()), "strategy", config.name(), "must be " + WEIGHTED_COMPONENTS);
    config.requireOnly(Set.of(WEIGHTS, ABSENT));
    SortedMap<String, Double> weights = config.numberTable(WEIGHTS);
    if (weights.isEmpty()) {
      throw config.invalid(WEIGHTS, weights, "must name at least one component");
    }
    double total = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      try {
        Checks.identifier("component", e.getKey());
      } catch (dev.pillars.core.InvalidInputException ex) {
        throw config.invalid(WEIGHTS + "." + e.getKey(), e.getKey(), "must be a component name: " + ex.rule());
      }
      if (e.getValue() < 0) {
        throw config.invalid(WEIGHTS + "." + e.getKey(), e.getValue(), "must be zero or positive");
      }
      total += e.getValue();
    }
    if (!(total > 0) || !Double.isFinite(total)) {
      throw config.invalid(WEIGHTS, weights, "must have a positive, finite total");
    }
    AbsentComponentPolicy absent = config.choice(ABSENT, AbsentComponentPolicy.class);
    return new WeightedComposition(config, weights, absent);
  }

  @Override
  public StrategyConfig config() {
    return config;
  }

  @Override
  public Set<String> components() {
    return Collections.unmodifiableSet(weights.keySet());
  }

  @Override
  public Set<Characteristic> characteristics() {
    return Set.of(Characteristic.MONOTONE, Characteristic.BOUNDED_BY_INPUTS);
  }

  @Override
  public Score compose(Map<String, Double> components) {
    Checks.notNull("components", components);
    for (Map.Entry<String, Double> e : components.entrySet()) {
      Checks.require(
          weights.containsKey(e.getKey()), "components", e.getKey(), "must name a component of " + weights.keySet());
      Checks.finite("components." + e.getKey(), Checks.notNull("components." + e.getKey(), e.getValue()));
    }
    List<String> missing = new ArrayList<>();
    double total = 0;
    for (Map.Entry<String, Double> w : weights.entrySet()) {
      if (components.containsKey(w.getKey())) {
        total += w.getValue();
      } else {
        missing.add(w.getKey());
      }
    }
    if (absent == AbsentComponentPolicy.REJECT && !missing.isEmpty()) {
      throw new dev.pillars.core.InvalidInputException(
          "components", new TreeSet<>(components.keySet()), "must hold every component of " + weights.keySet() + "; missing " + missing);
    }
    if (absent == AbsentComponentPolicy.COUNT_AS_ZERO) {
      total = totalWeight;
    }
    Checks.require(total > 0, "components", new TreeSet<>(components.keySet()),
        "must include a component of positive weight; weights are " + weights);
    Receipt.Builder receipt = Receipt.builder().kind(kind()).config(config);
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, Double> w : weights.entrySet()) {
      Double value = components.get(w.getKey());
      if (value == null) {
        if (absent == AbsentComponentPolicy.COUNT_AS_ZERO) {
          receipt.addLines(ReceiptLine.of(w.getKey(), 0.0, w.getValue(), 0.0));
          min = Math.min(min, 0.0);
          max = Math.max(max, 0.0);
          receipt.addNotes("component " + w.getKey() + " absent: counted as 0");
        } else {
          receipt.addNotes("component " + w.getKey() + " absent: weights renormalised over the "
              + (weights.size() - missing.size()) + " present components");
        }
        continue;
      }
      double contribution = value * (w.getValue() / total);
      sum += contribution;
      min = Math.min(min, value);
      max = Math.max(max, value);
      receipt.addLines(ReceiptLine.of(w.getKey(), value, w.getValue(), contribution));
    }
    return Score.of(receipt.unroundedValue(Math.max(min, Math.min(max, sum))).build());
  }

  @Override
  public String toString() {
    return config.toString();
  }
}
