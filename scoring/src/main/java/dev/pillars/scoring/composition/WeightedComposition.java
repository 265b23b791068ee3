package dev.pillars.scoring.composition;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.NoScore;
import dev.pillars.scoring.NoScoreException;
import dev.pillars.scoring.Outcome;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.internal.BuiltInStrategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * A weighted mean of named components with an explicit absent-component policy, times an optional
 * factor (such as 5 to turn fractions of a star into stars).
 */
final class WeightedComposition extends BuiltInStrategy implements CompositionStrategy {
  static final String WEIGHTS = "weights";
  static final String ABSENT = "absent";
  static final String FACTOR = "factor";

  private final SortedMap<String, Double> weights;
  private final AbsentComponentPolicy absent;
  private final double factor;
  private final double totalWeight;

  private WeightedComposition(
      StrategyConfig config, SortedMap<String, Double> weights, AbsentComponentPolicy absent, double factor) {
    super(config);
    this.weights = weights;
    this.absent = absent;
    this.factor = factor;
    double total = 0;
    for (double w : weights.values()) {
      total += w;
    }
    this.totalWeight = total;
  }

  static WeightedComposition create(StrategyConfig config) {
    check(config, Set.of(WEIGHTED_COMPONENTS), Set.of(WEIGHTS, ABSENT, FACTOR));
    SortedMap<String, Double> weights = config.numberTable(WEIGHTS);
    if (weights.isEmpty()) {
      throw config.invalid(WEIGHTS, weights, "must name at least one component");
    }
    double total = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      try {
        Checks.identifier("component", e.getKey());
      } catch (InvalidInputException ex) {
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
    double factor = config.number(FACTOR, 1.0);
    if (!(factor > 0) || factor > 1e6) {
      throw config.invalid(FACTOR, factor, "must be positive and at most 1000000");
    }
    return new WeightedComposition(config, weights, absent, factor);
  }

  @Override
  public Set<String> components() {
    return Collections.unmodifiableSet(weights.keySet());
  }

  @Override
  public Set<Characteristic> characteristics() {
    return factor == 1.0
        ? Set.of(Characteristic.MONOTONE, Characteristic.BOUNDED_BY_INPUTS)
        : Set.of(Characteristic.MONOTONE);
  }

  @Override
  public Score compose(Map<String, Double> components) {
    Outcome outcome = outcome(components);
    if (outcome instanceof NoScore none) {
      throw new NoScoreException("components", new TreeSet<>(components.keySet()), none);
    }
    return (Score) outcome;
  }

  @Override
  public Outcome outcome(Map<String, Double> components) {
    requireNonNull(components, "components");
    for (Map.Entry<String, Double> e : components.entrySet()) {
      Checks.require(
          weights.containsKey(e.getKey()), "components", e.getKey(), "must name a component of " + weights.keySet());
      Checks.finite("components." + e.getKey(), requireNonNull(e.getValue(), "components." + e.getKey()));
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
      throw new InvalidInputException(
          "components", new TreeSet<>(components.keySet()), "must hold every component of " + weights.keySet() + "; missing " + missing);
    }
    if (absent == AbsentComponentPolicy.COUNT_AS_ZERO) {
      total = totalWeight;
    }
    if (!(total > 0)) {
      return NoScore.of(this, NoScore.Reason.NO_COMPONENTS,
          "no component of positive weight present: missing " + missing + " of weights " + weights);
    }
    return score(components, missing, total);
  }

  private Score score(Map<String, Double> components, List<String> missing, double total) {
    Receipt.Builder receipt = Receipt.builder().kind(kind()).config(config());
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
          receipt.addNotes(String.format(Locale.ROOT,
              "component %s absent: its weight %s spread over the %d present components, which weigh %s of %s",
              w.getKey(), plain(w.getValue()), weights.size() - missing.size(), plain(total), plain(totalWeight)));
        }
        continue;
      }
      double contribution = factor * (value * (w.getValue() / total));
      sum += value * (w.getValue() / total);
      min = Math.min(min, value);
      max = Math.max(max, value);
      receipt.addLines(ReceiptLine.of(w.getKey(), value, w.getValue(), contribution));
    }
    if (factor != 1.0) {
      receipt.addNotes("the weighted mean times " + plain(factor));
    }
    return Score.of(receipt.unroundedValue(factor * Math.max(min, Math.min(max, sum))).build());
  }

  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
