package dev.pillars.core.feedback;

import dev.pillars.core.Checks;
import dev.pillars.core.rating.RatingScale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A question of a feedback request, a 360 round or a survey: free text, or answered on a scale.
 *
 * @param text the question, not blank
 * @param scale the scale of its answers; empty for a free-text question
 */
public record Question(String text, Optional<RatingScale> scale) {
  /** Orders responses by their values, question by question, then by length. */
  private static final Comparator<List<Double>> CANONICAL = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Double.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  };

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

  /**
   * Returns one group's anonymous responses checked against the questions and sorted into one
   * canonical order (by their values, question by question), so that the order never tells which
   * response came first or whose it is. A 360 round and a survey keep their answers this way.
   *
   * @param field the field the responses fill, named in messages
   * @param questions the questions, each on a scale
   * @param responses the responses, one value per question each
   * @return the checked responses, sorted; unmodifiable
   * @throws NullPointerException if an argument is or holds null
   * @throws dev.pillars.core.InvalidInputException if a response does not answer each question with
   *     a value of its scale
   */
  public static List<List<Double>> canonical(String field, List<Question> questions, List<List<Double>> responses) {
    Checks.notNull("field", field);
    Checks.notNull("questions", questions);
    List<List<Double>> sorted = new ArrayList<>();
    for (List<Double> response : Checks.notNull(field, responses)) {
      sorted.add(checkedResponse(questions, response));
    }
    sorted.sort(CANONICAL);
    return List.copyOf(sorted);
  }

  /**
   * Returns one response checked against the questions: one value per question, each a value of
   * its question's scale.
   *
   * @param questions the questions, each on a scale
   * @param response the response
   * @return an unmodifiable copy of the response
   * @throws NullPointerException if an argument is or holds null
   * @throws dev.pillars.core.InvalidInputException if the response does not answer each question
   *     with a value of its scale
   */
  public static List<Double> checkedResponse(List<Question> questions, List<Double> response) {
    Checks.notNull("questions", questions);
    Checks.notNull("response", response);
    Checks.require(response.size() == questions.size(), "response", response.size() + " answers",
        "must answer each of the " + questions.size() + " questions");
    for (int q = 0; q < questions.size(); q++) {
      questions.get(q).check("answers[" + q + "]", Checks.notNull("answers[" + q + "]", response.get(q)));
    }
    return List.copyOf(response);
  }
}
