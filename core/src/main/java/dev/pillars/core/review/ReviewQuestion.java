package dev.pillars.core.review;

import dev.pillars.core.Checks;

/**
 * A question a template asks one role, such as {@code strengths "What went well this half?"}.
 *
 * @param key the question's key, a well-formed identifier unique within its role; answers name it
 * @param text the question as shown, not blank
 */
public record ReviewQuestion(String key, String text) {
  /**
   * Creates a question.
   *
   * @param key the question's key, a well-formed identifier
   * @param text the question as shown, not blank
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the key is not an identifier or the text blank
   */
  public ReviewQuestion {
    Checks.notNull("question.key", key);
    Checks.notNull("question.text", text);
    Checks.identifier("question.key", key);
    Checks.notBlank("question.text", text);
  }

  /**
   * Returns a question.
   *
   * @param key the question's key
   * @param text the question as shown
   * @return the question
   */
  public static ReviewQuestion of(String key, String text) {
    return new ReviewQuestion(key, text);
  }
}
