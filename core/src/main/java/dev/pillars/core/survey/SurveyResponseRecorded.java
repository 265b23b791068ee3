package dev.pillars.core.survey;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A survey received one response; the event names neither the respondent nor their team.
 *
 * @param surveyId the survey
 * @param occurredAt when the response was recorded
 */
public record SurveyResponseRecorded(SurveyId surveyId, Instant occurredAt) implements SurveyEvent {
  /**
   * Creates the event.
   *
   * @param surveyId the survey
   * @param occurredAt when the response was recorded
   * @throws NullPointerException if a part is null
   */
  public SurveyResponseRecorded {
    Checks.notNull("surveyId", surveyId);
    Checks.notNull("occurredAt", occurredAt);
  }
}
