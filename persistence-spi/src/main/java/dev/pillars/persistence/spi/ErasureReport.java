package dev.pillars.persistence.spi;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;

/**
 * What an erasure did: how many aggregates it pseudonymised, how many it removed, and how many
 * records it redacted. It does not name the erased employee, so keeping it does not keep personal
 * data.
 *
 * @param pseudonym the id that now stands for the erased employee
 * @param pseudonymised how many aggregates now name the pseudonym instead of the employee: the
 *     bare employee record, the records of the people they managed, the goals they owned
 * @param removed how many aggregates were removed because they were personal data only
 * @param redacted how many records lost free text written by the employee, such as the comments
 *     of the check-ins on their goals
 */
public record ErasureReport(EmployeeId pseudonym, long pseudonymised, long removed, long redacted) {
  /**
   * Creates a report.
   *
   * @param pseudonym the id that now stands for the erased employee
   * @param pseudonymised how many aggregates now name the pseudonym instead of the employee: the
   *     bare employee record, the records of the people they managed, the goals they owned
   * @param removed how many aggregates were removed because they were personal data only
   * @param redacted how many records lost free text written by the employee, such as the comments
   *     of the check-ins on their goals
   * @throws NullPointerException if {@code pseudonym} is null
   * @throws dev.pillars.core.InvalidInputException if a count is negative
   */
  public ErasureReport {
    Checks.notNull("pseudonym", pseudonym);
    Checks.require(pseudonymised >= 0, "pseudonymised", pseudonymised, "must not be negative");
    Checks.require(removed >= 0, "removed", removed, "must not be negative");
    Checks.require(redacted >= 0, "redacted", redacted, "must not be negative");
  }

  /**
   * Creates a report of an erasure that redacted nothing.
   *
   * @param pseudonym the id that now stands for the erased employee
   * @param pseudonymised how many aggregates now name the pseudonym instead of the employee
   * @param removed how many aggregates were removed because they were personal data only
   * @throws NullPointerException if {@code pseudonym} is null
   * @throws dev.pillars.core.InvalidInputException if a count is negative
   */
  public ErasureReport(EmployeeId pseudonym, long pseudonymised, long removed) {
    this(pseudonym, pseudonymised, removed, 0);
  }

  /**
   * Returns whether the erasure changed anything.
   *
   * @return true if the store held nothing about the employee
   */
  public boolean nothingFound() {
    return pseudonymised == 0 && removed == 0 && redacted == 0;
  }
}
