package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.Period;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.anonymity.AnonymityThreshold;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.feedback.RaterGroup;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.survey.Survey;
import dev.pillars.core.survey.SurveyId;
import dev.pillars.core.survey.SurveyMetric;
import dev.pillars.engine.access.AccessDecision;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.AccessPolicy;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The 360 and survey services' own checks, each with its message and nothing stored: everyone a
 * round or survey names is an employee, a host policy's denial of answering a round, and recording
 * a survey's result as a KPI takes the right to run surveys.
 */
class RoundAndSurveyChecksTest extends FeedbackTestBase {
  private static final ThreeSixtyRoundId ROUND = ThreeSixtyRoundId.of("r1");
  private static final SurveyId PULSE = SurveyId.of("pulse");
  private static final EmployeeId GHOST = EmployeeId.of("ghost");

  private static ThreeSixtyRound round(EmployeeId subject, Set<EmployeeId> peers) {
    return ThreeSixtyRound.of(ROUND, subject, Map.of(RaterGroup.PEERS, peers), List.of(Question.scaled("Listens", FIVE)),
        TODAY.plusDays(7), AnonymityThreshold.DEFAULT);
  }

  private static Survey survey(Set<EmployeeId> population) {
    return Survey.of(PULSE, "Pulse", List.of(Question.scaled("I look forward to work", FIVE)), Optional.empty(),
        population, Period.of(TODAY, TODAY.plusDays(6)), AnonymityThreshold.DEFAULT);
  }

  @Test
  void aRoundsSubjectAndRatersAreEmployees() {
    assertThatThrownBy(() -> as(HR).threeSixty().open(round(GHOST, Set.of(PIA))))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("subject was ghost: must name an employee of the tenant");
    assertThatThrownBy(() -> as(HR).threeSixty().open(round(BEN, Set.of(PIA, GHOST))))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("raters was ghost: must name an employee of the tenant");
    assertThat(store.forTenant(ACME).threeSixtyRounds().find(ROUND)).isEmpty();
  }

  @Test
  void aHostPolicyDenyingAnswersStopsARatersAnswerAndASurveyResponse() {
    as(Actor.person(ANA)).threeSixty().open(round(BEN, Set.of(PIA, PAUL, PETRA)));
    as(HR).surveys().launch(survey(Set.of(PIA, PAUL, PETRA)));
    Set<Action> paused = Set.of(Action.RESPOND_THREE_SIXTY, Action.RESPOND_SURVEY);
    AccessPolicy policy = request -> paused.contains(request.action())
        ? AccessDecision.deny("answers are paused")
        : AccessPolicy.standard().decide(request);
    Session pia = Pillars.builder().store(store).clock(clock).access(policy).build().tenant(ACME).as(Actor.person(PIA));

    assertThatThrownBy(() -> pia.threeSixty().respond(ROUND, List.of(4.0)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("person:pia may not RESPOND_THREE_SIXTY 360 round r1: answers are paused");
    assertThatThrownBy(() -> pia.surveys().respond(PULSE, List.of(4.0)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("person:pia may not RESPOND_SURVEY survey pulse: answers are paused");
    assertThat(as(Actor.person(ANA)).threeSixty().answered(ROUND)).isEmpty();
    assertThat(store.forTenant(ACME).surveys().find(PULSE).orElseThrow().value().respondents()).isEmpty();
  }

  @Test
  void aSurveysPopulationAreEmployeesAndOnlyWhoRunsSurveysRecordsTheirResults() {
    assertThatThrownBy(() -> as(HR).surveys().launch(survey(Set.of(PIA, GHOST))))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("population was ghost: must name an employee of the tenant");
    assertThatThrownBy(() -> as(Actor.person(ANA)).surveys().launch(survey(Set.of(PIA, PAUL, PETRA))))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageStartingWith("person:ana may not RUN_SURVEY survey pulse: ");
    assertThat(store.forTenant(ACME).surveys().find(PULSE)).isEmpty();

    as(HR).surveys().launch(survey(Set.of(PIA, PAUL, PETRA)));
    assertThatThrownBy(() -> as(Actor.person(ANA)).surveys().recordKpi(PULSE, KpiId.of("engagement"), SurveyMetric.ENGAGEMENT_INDEX))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageStartingWith("person:ana may not RUN_SURVEY survey pulse: ");
  }
}
