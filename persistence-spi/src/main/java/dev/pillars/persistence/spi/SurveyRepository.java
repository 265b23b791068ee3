package dev.pillars.persistence.spi;

import dev.pillars.core.survey.Survey;
import dev.pillars.core.survey.SurveyId;

/**
 * The pulse and engagement surveys of one tenant, each with its version. Everything {@link
 * AggregateRepository} says holds here; a survey's id is {@link Survey#id()}. A store keeps the
 * responses as the survey holds them (per segment, sorted), apart from who responded.
 */
public interface SurveyRepository extends AggregateRepository<SurveyId, Survey> {}
