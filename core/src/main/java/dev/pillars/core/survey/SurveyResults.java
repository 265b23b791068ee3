package dev.pillars.core.survey;

import dev.pillars.core.Checks;
import dev.pillars.core.anonymity.AnonymousResults;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A survey's results as they may be read: the anonymous results per team and in total, and the
 * scores of every shown group (the total's named {@link AnonymousResults#TOTAL}).
 *
 * @param surveyId the survey
 * @param closedOn the survey's last day, the day its measurements are observed
 * @param anonymous the anonymous results
 * @param scores the scores of the shown groups, the total last when shown
 */
public record SurveyResults(SurveyId surveyId, LocalDate closedOn, AnonymousResults anonymous, List<SurveyScore> scores) {
  /**
   * Creates results.
   *
   * @param surveyId the survey
   * @param closedOn the survey's last day
   * @param anonymous the anonymous results
   * @param scores the shown groups' scores
   * @throws NullPointerException if a part is or holds null
   */
  public SurveyResults {
    Checks.notNull("surveyId", surveyId);
    Checks.notNull("closedOn", closedOn);
    Checks.notNull("anonymous", anonymous);
    scores = List.copyOf(Checks.notNull("scores", scores));
  }

  /**
   * Returns the total's score, if the total is shown.
   *
   * @return the total's score
   */
  public Optional<SurveyScore> total() {
    return scores.stream().filter(s -> s.group().equals(AnonymousResults.TOTAL)).findFirst();
  }

  /**
   * Returns the total's value of a metric as a KPI measurement observed on the survey's last day,
   * so that a survey feeds a KPI series.
   *
   * @param kpi the KPI that records the metric
   * @param metric the metric
   * @param recordedAt when the measurement is recorded
   * @return the measurement; empty if the total is suppressed or the survey does not measure the metric
   */
  public Optional<Measurement> measurement(KpiId kpi, SurveyMetric metric, Instant recordedAt) {
    Checks.notNull("kpi", kpi);
    Checks.notNull("metric", metric);
    Checks.notNull("recordedAt", recordedAt);
    return total().flatMap(t -> t.value(metric)).map(v -> Measurement.of(kpi, closedOn, recordedAt, v));
  }
}
