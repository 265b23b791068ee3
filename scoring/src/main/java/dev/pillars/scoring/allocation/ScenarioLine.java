package dev.pillars.scoring.allocation;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;

/**
 * One person in a {@linkplain ScenarioComparison scenario comparison}: their amount under each
 * scenario, in minor units.
 *
 * @param recipient who
 * @param before their amount under the first scenario
 * @param after their amount under the second scenario
 */
public record ScenarioLine(EmployeeId recipient, long before, long after) {
  /**
   * Creates a line.
   *
   * @param recipient who
   * @param before the first amount, not negative
   * @param after the second amount, not negative
   * @throws dev.pillars.core.InvalidInputException if an amount is negative
   */
  public ScenarioLine {
    Checks.notNull("recipient", recipient);
    Checks.require(before >= 0, "before", before, "must be zero or positive");
    Checks.require(after >= 0, "after", after, "must be zero or positive");
  }

  /**
   * Returns what the person gains (positive) or loses (negative) going from the first scenario to
   * the second.
   *
   * @return {@code after - before}
   */
  public long change() {
    return after - before;
  }
}
