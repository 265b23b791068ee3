package dev.pillars.core.feedback;

import dev.pillars.core.Checks;
import dev.pillars.core.rating.RatingScale;
import java.util.Optional;

/**
 * A question of a feedback request, a 360 round or a survey: free text, or answered on a scale.
 *
 * @param text the question, not blank
 * @param scale the scale of its answers; empty for a free-text question
 */
public record Question(String text, Optional<RatingScale> scale) {
  /**
   * Creates a question.
   *
   * @param text the question, not blank
   * @param scale the scale of its answers; empty for a free-text question
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if the text is blank
   */
  public Question {
    Checks.notNull("text", text);
    Checks.notNull("scale", scale);
    Checks.notBlank("text", text);
  }

  /**
   * Returns a question answered on a scale.
   *
   * @param text the question
   * @param scale the scale
   * @return the question
   */
  public static Question scaled(String text, RatingScale scale) {
    return new Question(text, Optional.of(Checks.notNull("scale", scale)));
  }

  /**
   * Returns a free-text question.
   *
   * @param text the question
   * @return the question
   */
  public static Question freeText(String text) {
    return new Question(text, Optional.empty());
  }

  /**
   * Checks an answer to this scaled question.
   *
   * @param field the field name for the message
   * @param answer the answer
   * @return the answer
   * @throws dev.pillars.core.InvalidInputException if the question is free text or the answer is
   *     not a value of its scale
   */
  double check(String field, double answer) {
    Checks.require(scale.isPresent(), field, answer, "must not be given: \"" + text + "\" is a free-text question");
    Checks.require(
        scale.get().values().contains(answer), field, answer, "must be one of the scale's values " + scale.get().values());
    return answer;
  }
}
