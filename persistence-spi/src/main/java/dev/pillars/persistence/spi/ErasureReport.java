package dev.pillars.persistence.spi;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;

/**
 * What an erasure did: how many aggregates it pseudonymised and how many it removed. It does not
 * name the erased employee, so keeping it does not keep personal data.
 *
 * @param pseudonym the id that now stands for the erased employee
 * @param pseudonymised how many aggregates now name the pseudonym instead of the employee
 * @param removed how many aggregates were removed because they were personal data only
 */
public record ErasureReport(EmployeeId pseudonym, long pseudonymised, long removed) {
  /**
   * Creates a report.
   *
   * @throws dev.pillars.core.InvalidInputException if {@code pseudonym} is null or a count is
   *     negative
   */
  public ErasureReport {
    Checks.notNull("pseudonym", pseudonym);
    Checks.require(pseudonymised >= 0, "pseudonymised", pseudonymised, "must not be negative");
    Checks.require(removed >= 0, "removed", removed, "must not be negative");
  }

  /**
   * Returns whether the erasure changed anything.
   *
   * @return true if the store held nothing about the employee
   */
  public boolean nothingFound() {
    return pseudonymised == 0 && removed == 0;
  }
}
