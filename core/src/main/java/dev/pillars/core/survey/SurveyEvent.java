package dev.pillars.core.survey;

import dev.pillars.core.event.DomainEvent;

/** A change to a {@link Survey}; no event names a respondent. {@link #aggregateId()} is the survey's id. */
public sealed interface SurveyEvent extends DomainEvent permits SurveyLaunched, SurveyResponseRecorded {
  /**
   * Returns the survey that changed.
   *
   * @return its id
   */
  SurveyId surveyId();

  @Override
  default String aggregateId() {
    return surveyId().value();
  }
}
