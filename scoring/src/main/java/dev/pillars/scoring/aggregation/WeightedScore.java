package dev.pillars.scoring.aggregation;

import dev.pillars.core.Checks;

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
}
