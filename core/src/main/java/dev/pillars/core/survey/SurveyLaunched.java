package dev.pillars.core.survey;

import dev.pillars.core.Checks;
import dev.pillars.core.Period;
import java.time.Instant;

/**
 * A survey was launched.
 *
 * @param surveyId the survey
 * @param window the days it takes responses
 * @param population how many people it asks
 * @param occurredAt when it was launched
 */
public record SurveyLaunched(SurveyId surveyId, Period window, int population, Instant occurredAt) implements SurveyEvent {
  /**
   * Creates the event.
   *
   * @param surveyId the survey
   * @param window the days it takes responses
   * @param population how many people it asks, at least 1
   * @param occurredAt when it was launched
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if {@code population} is below 1
   */
  public SurveyLaunched {
    Checks.notNull("surveyId", surveyId);
    Checks.notNull("window", window);
    Checks.notNull("occurredAt", occurredAt);
    Checks.inRange("population", population, 1, Integer.MAX_VALUE);
  }
}
