package dev.pillars.scoring;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A strategy configuration holds a parameter that is missing, of the wrong type or out of range,
 * such as {@code "weighted-components.absent was 'SOMETIMES': must be one of [COUNT_AS_ZERO,
 * REJECT, RENORMALISE]"}. Thrown when the strategy is created, never later.
 */
public class InvalidParameterException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The name of the strategy whose configuration was rejected. */
  private final String strategy;
  /** The name of the rejected parameter. */
  private final String parameter;

  /**
   * Creates an exception for a parameter whose value broke a rule.
   *
   * @param strategy the strategy's name
   * @param parameter the parameter's name
   * @param value the rejected value; {@code null} if the parameter is missing
   * @param rule the rule the value broke, phrased as what it must be
   */
  public InvalidParameterException(String strategy, String parameter, @Nullable Object value, String rule) {
    super(requireNonNull(strategy, "strategy") + "." + requireNonNull(parameter, "parameter"), value, rule);
    this.strategy = strategy;
    this.parameter = parameter;
  }

  /**
   * Returns the name of the strategy whose configuration was rejected.
   *
   * @return the strategy's name
   */
  public String strategy() {
    return strategy;
  }

  /**
   * Returns the name of the rejected parameter.
   *
   * @return the parameter's name
   */
  public String parameter() {
    return parameter;
  }
}
