package dev.pillars.core.reward;

/** Whether a budget fitted the ranges of a range allocation ({@code dev.pillars.scoring.allocation.RangeAllocation}). */
public enum RangeOutcome {
  /** Everyone is inside their range. */
  WITHIN_RANGES,
  /** The budget is below the sum of the minimums: everyone with a minimum is at or below it. */
  BELOW_MINIMUMS,
  /** The budget is above the sum of the maximums: everyone who can receive is at or above their maximum. */
  ABOVE_MAXIMUMS
}
