package dev.pillars.engine.feedback;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.survey.Survey;
import dev.pillars.core.survey.SurveyId;
import dev.pillars.core.survey.SurveyMetric;
import dev.pillars.core.survey.SurveyResults;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Effect;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.engine.kpi.KpiService;
import dev.pillars.persistence.spi.Versioned;
import java.time.LocalDate;

/**
 * The pulse survey workflows of one tenant, for one actor: launch a survey, respond to it (always
 * anonymously: the response counts towards the respondent's unit, and nothing that is published,
 * logged or thrown names them), read its results once its window has passed (the engagement index
 * and eNPS per unit and in total, each group shown only with at least {@code k} responses), and
 * record a result as a KPI measurement, so that goals measured by the KPI score it.
 */
public final class SurveyService {
  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.surveys()}.
   *
   * @param call the call context
   */
  public SurveyService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Launches a survey.
   *
   * @param survey the new survey, without responses, whose window has not ended and whose
   *     population are employees of the tenant
   * @return the survey as stored
   * @throws NullPointerException if {@code survey} is null
   * @throws InvalidInputException if a rule above is broken
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not run surveys
   */
  public Survey launch(Survey survey) {
    requireNonNull(survey, "survey");
    return call.write("launch survey", work -> {
      work.require(Action.RUN_SURVEY, Resource.ofTenant("survey " + survey.id().value()));
      survey.population().forEach(p -> FeedbackService.Lookups.requireEmployee(work.repositories(), "population", p));
      Change<Survey> change = Survey.launch(survey, call.clock());
      work.repositories().surveys().insert(change.value());
      return Outcome.of(change.value(), change, Effect.NONE, key(survey.id()));
    });
  }

  /**
   * Responds to a survey as the actor, anonymously; the response counts towards the actor's unit.
   *
   * @param id the survey
   * @param answers one answer per question, each a value of its scale
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such survey
   * @throws InvalidInputException if the actor is not in the population or has responded, today is
   *     outside the window, or an answer is off its scale (naming "the caller")
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not respond to surveys
   */
  public void respond(SurveyId id, java.util.List<Double> answers) {
    requireNonNull(id, "id");
    requireNonNull(answers, "answers");
    EmployeeId self = Anonymously.person(call, "respond to a survey");
    Anonymously.run(self, () -> call.write("respond to survey", work -> {
      work.require(Action.RESPOND_SURVEY, Resource.ofEmployee("survey " + id.value(), self));
      Versioned<Survey> stored = work.repositories().surveys().find(id).orElseThrow(() -> unknown(id));
      Employee respondent = work.repositories().employees().find(self).map(Versioned::value)
          .orElseThrow(() -> new InvalidInputException("actor", Anonymously.CALLER, "must be an employee of the tenant"));
      Change<Survey> change = stored.value().respond(self, respondent.unit().value(), answers, call.clock());
      work.repositories().surveys().update(change.value(), stored.version());
      return Outcome.anonymous(Boolean.TRUE, change, key(id));
    }));
  }

  /**
   * Returns a survey's results as they may be read today.
   *
   * @param id the survey
   * @return the results: every group suppressed until the window has passed
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownReferenceException if the tenant has no such survey
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read survey results
   */
  public SurveyResults results(SurveyId id) {
    requireNonNull(id, "id");
    return call.read(scope -> {
      scope.require(Action.VIEW_SURVEY_RESULTS, Resource.ofTenant("survey " + id.value()));
      Survey survey = scope.repositories().surveys().find(id).map(Versioned::value).orElseThrow(() -> unknown(id));
      return survey.results(LocalDate.now(call.clock()));
    });
  }

  /**
   * Records a closed survey's total of a metric as the KPI's measurement observed on the survey's
   * last day, through {@link KpiService#record} (which checks {@link Action#RECORD_MEASUREMENT} and
   * re-scores the goals the KPI measures).
   *
   * @param id the survey, whose window has passed
   * @param kpi the KPI that records the metric
   * @param metric the metric
   * @return the measurement as recorded
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such survey or KPI
   * @throws InvalidInputException if the survey's total of the metric is not shown (the window has
   *     not passed, too few responses, or the survey does not measure it), or the day has a value
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not run surveys or
   *     record measurements
   */
  public Measurement recordKpi(SurveyId id, KpiId kpi, SurveyMetric metric) {
    requireNonNull(kpi, "kpi");
    requireNonNull(metric, "metric");
    SurveyResults results = call.read(scope -> {
      scope.require(Action.RUN_SURVEY, Resource.ofTenant("survey " + requireNonNull(id, "id").value()));
      Survey survey = scope.repositories().surveys().find(id).map(Versioned::value).orElseThrow(() -> unknown(id));
      return survey.results(LocalDate.now(call.clock()));
    });
    double value = results.total().flatMap(total -> total.value(metric)).orElseThrow(() -> new InvalidInputException(
        "survey", id, "must show its total " + metric + " to record it: " + results.anonymous().total().suppressedBecause().orElse("not measured")));
    return new KpiService(call).record(kpi, results.closedOn(), value);
  }

  private static UnknownReferenceException unknown(SurveyId id) {
    return new UnknownReferenceException("survey", id, "must name a survey of the tenant");
  }

  private static String key(SurveyId id) {
    return "survey:" + id.value();
  }
}
