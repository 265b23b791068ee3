package dev.pillars.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.anonymity.AnonymityThreshold;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SurveyTest {
  static final LocalDate START = LocalDate.of(2026, 3, 2);
  static final Period WINDOW = Period.of(START, START.plusDays(6));
  static final List<Double> ZERO_TO_TEN = IntStream.rangeClosed(0, 10).mapToObj(i -> (double) i).toList();
  static final RatingScale ENPS = RatingScale.of(ZERO_TO_TEN, ZERO_TO_TEN.stream().map(v -> "" + v.intValue()).toList());
  static final RatingScale FIVE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("1", "2", "3", "4", "5"));

  static Clock on(LocalDate day) {
    return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  static Survey survey() {
    Set<EmployeeId> population = Set.of(EmployeeId.of("a"), EmployeeId.of("b"), EmployeeId.of("c"), EmployeeId.of("d"), EmployeeId.of("e"));
    return Survey.launch(
        Survey.of(SurveyId.of("pulse-q1"), "Pulse", List.of(Question.scaled("I enjoy my work", FIVE), Question.scaled("Recommend us?", ENPS)),
            Optional.of(1), population, WINDOW, AnonymityThreshold.DEFAULT),
        on(START)).value();
  }

  @Test
  void resultsGiveTheEngagementIndexAndEnpsAndFeedAKpi() {
    Survey survey = survey();
    Clock day = on(START.plusDays(1));
    survey = survey.respond(EmployeeId.of("a"), "line-1", List.of(5.0, 10.0), day).value();
    survey = survey.respond(EmployeeId.of("b"), "line-1", List.of(3.0, 7.0), day).value();
    survey = survey.respond(EmployeeId.of("c"), "line-1", List.of(1.0, 2.0), day).value();
    survey = survey.respond(EmployeeId.of("d"), "line-2", List.of(4.0, 9.0), day).value();

    assertThat(survey.results(WINDOW.end()).scores()).isEmpty();
    SurveyResults results = survey.results(WINDOW.end().plusDays(1));
    // line-2 has one response: line-1 is suppressed as well, so that line-2 cannot be derived from the total
    assertThat(results.anonymous().group("line-2").orElseThrow().isShown()).isFalse();
    assertThat(results.anonymous().group("line-1").orElseThrow().isShown()).isFalse();
    SurveyScore total = results.total().orElseThrow();
    assertThat(total.responses()).isEqualTo(4);
    assertThat(total.engagementIndex()).contains(100.0 * (1.0 + 0.5 + 0 + 0.75) / 4);
    assertThat(total.enps()).contains(100.0 * (2 - 1) / 4);
    Instant now = Instant.parse("2026-03-10T00:00:00Z");
    assertThat(results.measurement(KpiId.of("engagement"), SurveyMetric.ENGAGEMENT_INDEX, now))
        .contains(Measurement.of(KpiId.of("engagement"), WINDOW.end(), now, 56.25));
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    Survey survey = survey();
    Clock day = on(START);
    assertThatThrownBy(() -> survey.respond(EmployeeId.of("zed"), "line-1", List.of(5.0, 10.0), day))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("respondent was zed: must be in the survey's population");
    assertThatThrownBy(() -> survey.respond(EmployeeId.of("a"), "line-1", List.of(5.0, 10.0), on(WINDOW.end().plusDays(1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("today was 2026-03-09: must lie in the survey's window");
    assertThatThrownBy(() -> survey.respond(EmployeeId.of("a"), "line-1", List.of(6.0, 10.0), day))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("answers[0] was 6.0: must be one of the scale's values [1.0, 2.0, 3.0, 4.0, 5.0]");
    Survey once = survey.respond(EmployeeId.of("a"), "line-1", List.of(5.0, 10.0), day).value();
    assertThatThrownBy(() -> once.respond(EmployeeId.of("a"), "line-2", List.of(5.0, 10.0), day))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("respondent was a: must not have responded already");
    assertThatThrownBy(() -> Survey.of(SurveyId.of("s"), "Pulse", List.of(Question.scaled("Recommend?", FIVE)), Optional.of(0),
            Set.of(EmployeeId.of("a")), WINDOW, AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("enpsQuestion was 0: must be a question on the scale 0 to 10");
    assertThat(survey.respondents()).isEmpty();
  }
}
