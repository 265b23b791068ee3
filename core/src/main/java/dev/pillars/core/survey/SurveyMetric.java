package dev.pillars.core.survey;

/** A number a survey's results give, which a KPI series can record. */
public enum SurveyMetric {
  /** The engagement index: the mean answer to the engagement questions, scaled to 0 to 100. */
  ENGAGEMENT_INDEX,
  /** The employee net promoter score: promoters (9 or 10) less detractors (0 to 6), in percent of responses, -100 to 100. */
  ENPS
}
