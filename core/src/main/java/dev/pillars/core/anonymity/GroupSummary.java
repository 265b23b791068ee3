package dev.pillars.core.anonymity;

import dev.pillars.core.Checks;
import java.util.List;

/**
 * The shown result of a group of anonymous answers: how many responded and the mean answer to each
 * question.
 *
 * @param responses the number of responses, at least the threshold
 * @param means the mean answer per question, in the questions' order
 */
public record GroupSummary(int responses, List<Double> means) {
  /**
   * Creates a summary.
   *
   * @param responses the number of responses, at least 1
   * @param means the mean answer per question, each finite
   * @throws NullPointerException if {@code means} is or holds null
   * @throws dev.pillars.core.InvalidInputException if {@code responses} is below 1 or a mean is not
   *     finite
   */
  public GroupSummary {
    Checks.notNull("means", means);
    Checks.inRange("responses", responses, 1, Integer.MAX_VALUE);
    for (int i = 0; i < means.size(); i++) {
      Checks.finite("means[" + i + "]", Checks.notNull("means[" + i + "]", means.get(i)));
    }
    means = List.copyOf(means);
  }
}
