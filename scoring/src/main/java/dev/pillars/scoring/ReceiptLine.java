package dev.pillars.scoring;

import dev.pillars.core.Checks;

/**
 * One input of a score as its receipt records it: the input's name and value, the weight the
 * strategy gave it, and what it contributed to the result.
 *
 * @param name the input's name, such as a child goal's id or a component such as {@code goals}
 * @param value the input's value, finite
 * @param weight the weight the strategy applied, finite; 1 where a strategy has no weights
 * @param contribution the part of the result this input accounts for, finite
 */
public record ReceiptLine(String name, double value, double weight, double contribution) {
  /**
   * Creates a line.
   *
   * @param name the input's name, such as a child goal's id or a component such as {@code goals}
   * @param value the input's value, finite
   * @param weight the weight the strategy applied, finite; 1 where a strategy has no weights
   * @param contribution the part of the result this input accounts for, finite
   * @throws dev.pillars.core.InvalidInputException if {@code name} is blank or a number is not
   *     finite
   */
  public ReceiptLine {
    Checks.notBlank("name", name);
    Checks.finite("value", value);
    Checks.finite("weight", weight);
    Checks.finite("contribution", contribution);
  }

  /**
   * Returns a line.
   *
   * @param name the input's name
   * @param value the input's value
   * @param weight the weight applied
   * @param contribution what the input contributed
   * @return the line
   */
  public static ReceiptLine of(String name, double value, double weight, double contribution) {
    return new ReceiptLine(name, value, weight, contribution);
  }
}
