package dev.pillars.core.smart;

import dev.pillars.core.Checks;

/**
 * The finding of one SMART letter: its verdict and a reason a person can act on.
 *
 * @param letter the letter checked
 * @param verdict the verdict
 * @param reason why, naming the numbers it rests on; not blank
 */
public record SmartFinding(SmartLetter letter, Verdict verdict, String reason) {
  /**
   * Creates a finding.
   *
   * @param letter the letter checked
   * @param verdict the verdict
   * @param reason why, naming the numbers it rests on; not blank
   * @throws NullPointerException if a field is null
   * @throws dev.pillars.core.InvalidInputException if the reason is blank
   */
  public SmartFinding {
    Checks.notNull("letter", letter);
    Checks.notNull("verdict", verdict);
    Checks.notBlank("reason", reason);
  }

  /**
   * Returns the finding as one line, such as {@code "A WARN: needs -0.031 % per week, ..."}.
   *
   * @return the letter, the verdict and the reason
   */
  @Override
  public String toString() {
    return letter.letter() + " " + verdict + ": " + reason;
  }
}
