package dev.pillars.scoring.aggregation;

import dev.pillars.core.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validation shared by the built-in aggregations. */
final class Inputs {
  private Inputs() {}

  /** Returns the inputs sorted by name, after checking they are non-empty, non-null and unique. */
  static List<WeightedScore> sortedByName(List<WeightedScore> inputs) {
    Checks.notNull("inputs", inputs);
    Checks.require(!inputs.isEmpty(), "inputs", inputs, "must hold at least one score");
    Set<String> names = new HashSet<>();
    for (WeightedScore in : inputs) {
      Checks.notNull("inputs[]", in);
      Checks.require(names.add(in.name()), "inputs", in.name(), "must name each child once");
    }
    List<WeightedScore> sorted = new ArrayList<>(inputs);
    sorted.sort(Comparator.comparing(WeightedScore::name));
    return sorted;
  }
}
