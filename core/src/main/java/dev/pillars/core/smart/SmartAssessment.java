package dev.pillars.core.smart;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.GoalId;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SMART assessment of one goal on one day: exactly five findings, one per {@link SmartLetter},
 * in the letters' order.
 *
 * @param goal the goal assessed
 * @param assessedOn the day of the assessment, from the assessor's clock
 * @param findings the five findings, ordered S, M, A, R, T
 */
public record SmartAssessment(GoalId goal, LocalDate assessedOn, List<SmartFinding> findings) {
  /**
   * Creates an assessment.
   *
   * @param goal the goal assessed
   * @param assessedOn the day of the assessment, from the assessor's clock
   * @param findings the five findings, ordered S, M, A, R, T
   * @throws NullPointerException if a field is null
   * @throws dev.pillars.core.InvalidInputException if {@code findings} does not hold exactly one
   *     finding per letter in the order of {@link SmartLetter}
   */
  public SmartAssessment {
    Checks.notNull("goal", goal);
    Checks.notNull("assessedOn", assessedOn);
    Checks.notNull("findings", findings);
    SmartLetter[] letters = SmartLetter.values();
    Checks.require(
        findings.size() == letters.length,
        "findings",
        findings,
        "must hold exactly " + letters.length + " findings, one per letter S, M, A, R, T");
    for (int i = 0; i < letters.length; i++) {
      SmartFinding finding = Checks.notNull("findings[" + i + "]", findings.get(i));
      Checks.require(
          finding.letter() == letters[i], "findings[" + i + "].letter", finding.letter(), "must be " + letters[i]);
    }
    findings = List.copyOf(findings);
  }

  /**
   * Returns the finding of one letter.
   *
   * @param letter the letter
   * @return its finding
   */
  public SmartFinding finding(SmartLetter letter) {
    Checks.notNull("letter", letter);
    return findings.get(letter.ordinal());
  }

  /**
   * Returns the verdict of one letter.
   *
   * @param letter the letter
   * @return its verdict
   */
  public Verdict verdict(SmartLetter letter) {
    return finding(letter).verdict();
  }

  /**
   * Returns the overall verdict: the worst of the five.
   *
   * @return {@link Verdict#FAIL} if any letter fails, else {@link Verdict#WARN} if any warns, else
   *     {@link Verdict#PASS}
   */
  public Verdict overall() {
    Verdict worst = Verdict.PASS;
    for (SmartFinding finding : findings) {
      worst = worst.worst(finding.verdict());
    }
    return worst;
  }

  /**
   * Returns whether the goal passed: every letter is {@link Verdict#PASS}.
   *
   * @return true if {@link #overall()} is {@code PASS}
   */
  public boolean passed() {
    return overall() == Verdict.PASS;
  }

  /**
   * Returns the findings that did not pass, in letter order.
   *
   * @return the findings whose verdict is WARN or FAIL
   */
  public List<SmartFinding> concerns() {
    return findings.stream().filter(f -> f.verdict() != Verdict.PASS).collect(Collectors.toUnmodifiableList());
  }
}
