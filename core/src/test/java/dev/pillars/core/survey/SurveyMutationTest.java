package dev.pillars.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.anonymity.AnonymityThreshold;
import dev.pillars.core.anonymity.AnonymousResults;
import dev.pillars.core.event.Change;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Surveys: exact engagement and eNPS values per shown group, the publication day, and each rule's message. */
class SurveyMutationTest {
  static final LocalDate START = LocalDate.of(2026, 3, 2);
  static final Period WINDOW = Period.of(START, START.plusDays(6));
  static final List<Double> ZERO_TO_TEN = IntStream.rangeClosed(0, 10).mapToObj(i -> (double) i).toList();
  static final RatingScale ENPS = RatingScale.of(ZERO_TO_TEN, ZERO_TO_TEN.stream().map(v -> "" + v.intValue()).toList());
  static final RatingScale FIVE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("1", "2", "3", "4", "5"));
  static final RatingScale THREE = RatingScale.of(List.of(0.0, 5.0, 10.0), List.of("low", "mid", "high"));
  static final Set<EmployeeId> SIX = Set.of(id("a"), id("b"), id("c"), id("d"), id("e"), id("f"));
  static final SurveyId ID = SurveyId.of("pulse");

  static EmployeeId id(String name) {
    return EmployeeId.of(name);
  }

  static Clock on(LocalDate day) {
    return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  static Survey survey(List<Question> questions, Optional<Integer> enps) {
    return Survey.of(ID, "Pulse", questions, enps, SIX, WINDOW, AnonymityThreshold.DEFAULT);
  }

  static Survey answered(Survey survey, Map<String, List<List<Double>>> bySegment) {
    Clock day = on(START.plusDays(2));
    String[] people = {"a", "b", "c", "d", "e", "f"};
    int next = 0;
    for (Map.Entry<String, List<List<Double>>> segment : bySegment.entrySet()) {
      for (List<Double> response : segment.getValue()) {
        survey = survey.respond(id(people[next++]), segment.getKey(), response, day).value();
      }
    }
    return survey;
  }

  @Test
  void scoresEachShownGroupAndTheTotalExactly() {
    // engagement on FIVE (1..5) and THREE (0..10), eNPS on question 1
    Survey survey = answered(
        survey(List.of(Question.scaled("Enjoy", FIVE), Question.scaled("Recommend", ENPS), Question.scaled("Tools", THREE)), Optional.of(1)),
        new java.util.TreeMap<>(Map.of(
            "line-1", List.of(List.of(5.0, 9.0, 10.0), List.of(1.0, 6.0, 0.0), List.of(3.0, 8.0, 5.0)),
            "line-2", List.of(List.of(2.0, 10.0, 5.0), List.of(4.0, 9.0, 10.0), List.of(5.0, 0.0, 0.0)))));
    SurveyResults results = survey.results(WINDOW.end().plusDays(1));
    assertThat(results.closedOn()).isEqualTo(WINDOW.end());
    assertThat(results.surveyId()).isEqualTo(ID);
    assertThat(results.scores()).containsExactly(
        new SurveyScore("line-1", 3, Optional.of(100.0 * (1.0 + 0 + 0.5 + 1.0 + 0 + 0.5) / 6), Optional.of(100.0 * (1 - 1) / 3)),
        new SurveyScore("line-2", 3, Optional.of(100.0 * (0.25 + 0.75 + 1.0 + 0.5 + 1.0 + 0) / 6), Optional.of(100.0 * (2 - 1) / 3)),
        new SurveyScore(AnonymousResults.TOTAL, 6,
            Optional.of(100.0 * (1.0 + 0 + 0.5 + 1.0 + 0 + 0.5 + 0.25 + 0.75 + 1.0 + 0.5 + 1.0 + 0) / 12),
            Optional.of(100.0 * (3 - 2) / 6)));
    assertThat(results.total()).contains(results.scores().get(2));
  }

  @Test
  void promotersScoreNineOrMoreAndDetractorsSixOrLess() {
    Survey survey = answered(survey(List.of(Question.scaled("Recommend", ENPS)), Optional.of(0)),
        Map.of("all", List.of(List.of(9.0), List.of(8.0), List.of(7.0), List.of(6.0), List.of(10.0))));
    SurveyScore total = survey.results(WINDOW.end().plusDays(1)).total().orElseThrow();
    assertThat(total.enps()).contains(100.0 * (2 - 1) / 5);
    assertThat(total.engagementIndex()).isEmpty();
    Instant now = Instant.parse("2026-03-12T00:00:00Z");
    assertThat(survey.results(WINDOW.end().plusDays(1)).measurement(KpiId.of("enps"), SurveyMetric.ENPS, now))
        .contains(Measurement.of(KpiId.of("enps"), WINDOW.end(), now, 20.0));
    assertThat(survey.results(WINDOW.end().plusDays(1)).measurement(KpiId.of("enps"), SurveyMetric.ENGAGEMENT_INDEX, now)).isEmpty();
  }

  @Test
  void aSurveyWithoutEnpsScoresEveryQuestion() {
    Survey survey = answered(survey(List.of(Question.scaled("Enjoy", FIVE), Question.scaled("Recommend", ENPS)), Optional.empty()),
        Map.of("all", List.of(List.of(5.0, 10.0), List.of(1.0, 5.0), List.of(3.0, 0.0))));
    SurveyScore total = survey.results(WINDOW.end().plusDays(1)).total().orElseThrow();
    assertThat(total.enps()).isEmpty();
    assertThat(total.engagementIndex()).contains(100.0 * (1.0 + 0 + 0.5 + 1.0 + 0.5 + 0) / 6);
    assertThat(total.value(SurveyMetric.ENGAGEMENT_INDEX)).isEqualTo(total.engagementIndex());
    assertThat(total.value(SurveyMetric.ENPS)).isEmpty();
  }

  @Test
  void resultsArePublishedTheDayAfterTheWindowCloses() {
    Survey survey = answered(survey(List.of(Question.scaled("Enjoy", FIVE)), Optional.empty()),
        Map.of("all", List.of(List.of(5.0), List.of(1.0), List.of(3.0))));
    SurveyResults onLastDay = survey.results(WINDOW.end());
    assertThat(onLastDay.scores()).isEmpty();
    assertThat(onLastDay.total()).isEmpty();
    assertThat(onLastDay.anonymous().total().suppressedBecause()).contains("published after the survey closes on 2026-03-08");
    assertThat(onLastDay.anonymous().group("all").orElseThrow().isShown()).isFalse();
    assertThat(survey.results(WINDOW.end().plusDays(1)).total().orElseThrow().engagementIndex()).contains(50.0);
  }

  @Test
  void keepsEachSegmentsAnswersInCanonicalOrder() {
    Survey survey = answered(survey(List.of(Question.scaled("Enjoy", FIVE), Question.scaled("Tools", FIVE)), Optional.empty()),
        Map.of("all", List.of(List.of(3.0, 1.0), List.of(1.0, 5.0), List.of(3.0, 0.0 + 2.0), List.of(1.0, 4.0))));
    assertThat(survey.answers().get("all")).containsExactly(List.of(1.0, 4.0), List.of(1.0, 5.0), List.of(3.0, 1.0), List.of(3.0, 2.0));
    assertThat(survey.respondents()).containsExactly(id("a"), id("b"), id("c"), id("d"));
  }

  @Test
  void launchesIntoAnOpenWindow() {
    Survey survey = survey(List.of(Question.scaled("Enjoy", FIVE)), Optional.empty());
    Change<Survey> launched = Survey.launch(survey, on(WINDOW.end()));
    assertThat(launched.events()).containsExactly(new SurveyLaunched(ID, WINDOW, 6, on(WINDOW.end()).instant()));
    assertThat(launched.events().get(0).aggregateId()).isEqualTo("pulse");
    assertThatThrownBy(() -> Survey.launch(survey, on(WINDOW.end().plusDays(1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("window was " + WINDOW + ": must not have ended before today 2026-03-09");
    Survey answeredOnce = survey.respond(id("a"), "x", List.of(1.0), on(START)).value();
    assertThatThrownBy(() -> Survey.launch(answeredOnce, on(START)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("respondents was '1 respondents': must be empty for a new survey");
  }

  @Test
  void respondsOnlyInsideTheWindowWithACompleteResponse() {
    Survey survey = survey(List.of(Question.scaled("Enjoy", FIVE), Question.scaled("Tools", FIVE)), Optional.empty());
    Change<Survey> first = survey.respond(id("a"), "x", List.of(1.0, 2.0), on(START));
    assertThat(first.events()).containsExactly(new SurveyResponseRecorded(ID, on(START).instant()));
    assertThat(survey.respond(id("a"), "x", List.of(1.0, 2.0), on(WINDOW.end())).value().respondents()).containsExactly(id("a"));
    assertThatThrownBy(() -> survey.respond(id("a"), "x", List.of(1.0, 2.0), on(START.minusDays(1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("today was 2026-03-01: must lie in the survey's window " + WINDOW);
    assertThatThrownBy(() -> survey.respond(id("a"), "x", List.of(1.0), on(START)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("response was '1 answers': must answer each of the 2 questions");
    assertThatThrownBy(() -> survey.respond(id("a"), " ", List.of(1.0, 2.0), on(START)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("segment was ' ': must not be blank");
    assertThatThrownBy(() -> survey.respond(id("a"), "x", List.of(1.0, 2.5), on(START)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("answers[1] was 2.5: must be one of the scale's values [1.0, 2.0, 3.0, 4.0, 5.0]");
  }

  @Test
  void rejectsBadSurveys() {
    assertThatThrownBy(() -> survey(List.of(), Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("questions was []: must hold at least one question");
    assertThatThrownBy(() -> survey(List.of(Question.scaled("a", FIVE), Question.freeText("Why?")), Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("questions was 'Why?': must each be on a scale in a survey");
    assertThatThrownBy(() -> survey(List.of(Question.scaled("a", ENPS)), Optional.of(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("enpsQuestion was 1: must be between 0 and 0");
    assertThatThrownBy(() -> survey(List.of(Question.scaled("a", ENPS)), Optional.of(-1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("enpsQuestion was -1: must be between 0 and 0");
    assertThatThrownBy(() -> Survey.of(ID, " ", List.of(Question.scaled("a", FIVE)), Optional.empty(), SIX, WINDOW, AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("title was ' ': must not be blank");
    assertThatThrownBy(() -> Survey.of(ID, "P", List.of(Question.scaled("a", FIVE)), Optional.empty(), Set.of(), WINDOW, AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("population was []: must name at least one person");
    List<Question> one = List.of(Question.scaled("a", FIVE));
    assertThatThrownBy(() -> new Survey(ID, "P", one, Optional.empty(), SIX, WINDOW, AnonymityThreshold.DEFAULT, Set.of(id("zed")),
            Map.of("x", List.of(List.of(1.0)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("respondents was zed: must be in the survey's population");
    assertThatThrownBy(() -> new Survey(ID, "P", one, Optional.empty(), SIX, WINDOW, AnonymityThreshold.DEFAULT, Set.of(id("a")),
            Map.of("x", List.of(List.of(1.0), List.of(2.0)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("answers was '2 responses': must be as many as the respondents, 1");
    assertThatThrownBy(() -> new Survey(ID, "P", one, Optional.empty(), SIX, WINDOW, AnonymityThreshold.DEFAULT, Set.of(id("a")),
            Map.of(" ", List.of(List.of(1.0)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("segment was ' ': must not be blank");
    Survey empty = new Survey(ID, "P", one, Optional.empty(), SIX, WINDOW, AnonymityThreshold.DEFAULT, Set.of(), Map.of("x", List.of()));
    assertThat(empty.answers()).isEmpty();
  }

  @Test
  void rejectsBadScoresAndEvents() {
    assertThatThrownBy(() -> new SurveyScore("g", 0, Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("responses was 0: must be between 1 and 2147483647");
    assertThatThrownBy(() -> new SurveyScore("g", 1, Optional.of(100.5), Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("engagementIndex was 100.5: must be between 0.0 and 100.0");
    assertThatThrownBy(() -> new SurveyScore("g", 1, Optional.empty(), Optional.of(-101.0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("enps was -101.0: must be between -100.0 and 100.0");
    assertThatThrownBy(() -> new SurveyScore(" ", 1, Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("group was ' ': must not be blank");
    assertThatThrownBy(() -> new SurveyLaunched(ID, WINDOW, 0, Instant.EPOCH))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("population was 0: must be between 1 and 2147483647");
    assertThat(ID).hasToString("pulse");
    assertThat(ID.compareTo(SurveyId.of("q"))).isNegative();
    assertThat(SurveyId.of("q").compareTo(ID)).isPositive();
  }

  @Test
  void erasureSwapsThePersonInPopulationAndRespondents() {
    Survey survey = survey(List.of(Question.scaled("Enjoy", FIVE)), Optional.empty()).respond(id("a"), "x", List.of(1.0), on(START)).value();
    Survey erased = survey.withPerson(id("a"), id("erased-1"));
    assertThat(erased.population()).containsExactlyInAnyOrder(id("erased-1"), id("b"), id("c"), id("d"), id("e"), id("f"));
    assertThat(erased.respondents()).containsExactly(id("erased-1"));
    assertThat(erased.answers()).isEqualTo(survey.answers());
    Survey untouched = survey.withPerson(id("zed"), id("erased-2"));
    assertThat(untouched).isEqualTo(survey);
  }
}
