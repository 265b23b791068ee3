package dev.pillars.scoring;

/**
 * A promise a strategy makes about its results, which the contract tests in {@code
 * pillars-testing} check.
 */
public enum Characteristic {
  /**
   * Raising one input, all other inputs equal, never lowers the result. For attainment, "raising"
   * means moving the measured value in the target's direction of improvement.
   */
  MONOTONE,
  /** The result lies between the least and the greatest input value of its receipt, ends included. */
  BOUNDED_BY_INPUTS
}
