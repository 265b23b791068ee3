package dev.pillars.core.smart;

/** The five letters of SMART, in their usual order. */
public enum SmartLetter {
  /** Specific: the goal says what changes, and by how much. */
  SPECIFIC('S', "Specific"),
  /** Measurable: progress can be measured, preferably independently of the owner. */
  MEASURABLE('M', "Measurable"),
  /** Achievable: the target is within reach, judged against the KPI's history. */
  ACHIEVABLE('A', "Achievable"),
  /** Relevant: the goal serves an organisation objective through the alignment graph. */
  RELEVANT('R', "Relevant"),
  /** Time-bound: the goal has a due date that is neither passed nor too far away. */
  TIME_BOUND('T', "Time-bound");

  private final char letter;
  private final String label;

  SmartLetter(char letter, String label) {
    this.letter = letter;
    this.label = label;
  }

  /**
   * Returns the letter itself, such as {@code 'S'}.
   *
   * @return the letter
   */
  public char letter() {
    return letter;
  }

  /**
   * Returns the word the letter stands for, such as {@code "Time-bound"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
