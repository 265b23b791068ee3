package dev.pillars.scoring.aggregation;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One child's score as an aggregation input: its name, its value, the weight of its link to the
 * parent, and the size of its target (for strategies that weigh children by target size, such as
 * a $100k target against a $1k one).
 *
 * @param name the child's name, such as its goal id; unique among the inputs of one aggregation
 * @param value the child's score, finite
 * @param weight the link weight, finite and not negative
 * @param size the target size, finite and not negative; 1 unless given
 */
public record WeightedScore(String name, double value, double weight, double size) {
  /**
   * Creates an input.
   *
   * @param name the child's name, such as its goal id; unique among the inputs of one aggregation
   * @param value the child's score, finite
   * @param weight the link weight, finite and not negative
   * @param size the target size, finite and not negative; 1 unless given
   * @throws dev.pillars.core.InvalidInputException if the name is blank, a number is not finite, or
   *     the weight or size is negative
   */
  public WeightedScore {
    Checks.notBlank("name", name);
    Checks.finite(name + ".value", value);
    Checks.nonNegative(name + ".weight", weight);
    Checks.nonNegative(name + ".size", size);
  }

  /**
   * Returns an input of weight 1 and size 1.
   *
   * @param name the child's name
   * @param value the child's score
   * @return the input
   */
  public static WeightedScore of(String name, double value) {
    return new WeightedScore(name, value, 1.0, 1.0);
  }

  /**
   * Returns an input of size 1.
   *
   * @param name the child's name
   * @param value the child's score
   * @param weight the link weight
   * @return the input
   */
  public static WeightedScore of(String name, double value, double weight) {
    return new WeightedScore(name, value, weight, 1.0);
  }

  /**
   * Returns an input.
   *
   * @param name the child's name
   * @param value the child's score
   * @param weight the link weight
   * @param size the target size
   * @return the input
   */
  public static WeightedScore of(String name, double value, double weight, double size) {
    return new WeightedScore(name, value, weight, size);
  }

  /**
   * Returns aggregation inputs sorted by name, after checking that each child is named once: the
   * order in which the built-ins compute, so that a result does not depend on the order of the
   * input list. For strategy authors, at the start of {@link AggregationStrategy#aggregate(List)}.
   *
   * @param inputs the inputs, possibly none
   * @return a new unmodifiable list of the same inputs in name order
   * @throws NullPointerException if {@code inputs} or one of its elements is null
   * @throws dev.pillars.core.InvalidInputException if two inputs have the same name
   */
  public static List<WeightedScore> sortedByName(List<WeightedScore> inputs) {
    requireNonNull(inputs, "inputs");
    Set<String> names = new HashSet<>();
    List<WeightedScore> sorted = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      WeightedScore in = requireNonNull(inputs.get(i), "inputs[" + i + "]");
      Checks.require(names.add(in.name()), "inputs", in.name(), "must name each child once");
      sorted.add(in);
    }
    sorted.sort(Comparator.comparing(WeightedScore::name));
    return List.copyOf(sorted);
  }
}
