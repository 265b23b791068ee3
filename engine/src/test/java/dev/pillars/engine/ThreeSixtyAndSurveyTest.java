package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.H1;
import static dev.pillars.engine.EngineFixture.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.anonymity.AnonymityThreshold;
import dev.pillars.core.anonymity.GroupResult;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.feedback.RaterGroup;
import dev.pillars.core.feedback.ThreeSixtyResults;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.CycleStatus;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewRole;
import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.core.survey.Survey;
import dev.pillars.core.survey.SurveyId;
import dev.pillars.core.survey.SurveyMetric;
import dev.pillars.core.survey.SurveyResults;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.review.FeedbackSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThreeSixtyAndSurveyTest extends FeedbackTestBase {
  private static final ThreeSixtyRoundId ROUND = ThreeSixtyRoundId.of("ben-h1");
  private static final SurveyId PULSE = SurveyId.of("pulse-march");
  private static final KpiId ENGAGEMENT = KpiId.of("engagement");

  private Session as(EmployeeId person) {
    return as(Actor.person(person));
  }

  private ThreeSixtyRound round() {
    return ThreeSixtyRound.of(ROUND, BEN,
        Map.of(RaterGroup.SELF, Set.of(BEN), RaterGroup.MANAGER, Set.of(ANA), RaterGroup.PEERS, Set.of(PIA, PAUL, PETRA),
            RaterGroup.REPORTS, Set.of(RUI), RaterGroup.OTHERS, Set.of(CLEO)),
        List.of(Question.scaled("Listens", FIVE), Question.scaled("Delivers", FIVE)), TODAY.plusDays(7), AnonymityThreshold.DEFAULT);
  }

  private void answerTheRound() {
    as(ANA).threeSixty().open(round());
    Map<EmployeeId, List<Double>> answers = Map.of(BEN, List.of(3.0, 3.0), ANA, List.of(4.0, 5.0), PIA, List.of(5.0, 4.0),
        PAUL, List.of(4.0, 4.0), PETRA, List.of(3.0, 5.0), RUI, List.of(2.0, 3.0), CLEO, List.of(3.0, 2.0));
    answers.forEach((rater, values) -> as(rater).threeSixty().respond(ROUND, values));
  }

  @Test
  void aRoundShowsNothingUntilItClosesThenOnlyGroupsOfAtLeastK() {
    answerTheRound();
    assertThat(as(BEN).threeSixty().results(ROUND).anonymous().groups()).allMatch(g -> !g.isShown());
    assertThat(as(ANA).threeSixty().answered(ROUND)).hasSize(7);
    assertThatThrownBy(() -> as(CLEO).threeSixty().results(ROUND)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(BEN).threeSixty().open(round())).isInstanceOf(AccessDeniedException.class);

    clock.moveTo(TODAY.plusDays(8));
    ThreeSixtyResults results = as(BEN).threeSixty().results(ROUND);

    assertThat(results.self()).contains(List.of(3.0, 3.0));
    assertThat(results.group(RaterGroup.PEERS).flatMap(GroupResult::summary).orElseThrow().means()).containsExactly(4.0, 13.0 / 3);
    assertThat(results.group(RaterGroup.MANAGER).orElseThrow().isShown()).isFalse();
    assertThat(results.group(RaterGroup.REPORTS).orElseThrow().suppressedBecause()).isPresent();
    assertThat(results.anonymous().total().summary().orElseThrow().responses()).isEqualTo(6);
    assertThat(as(HR).threeSixty().results(ROUND)).isEqualTo(results);
  }

  @Test
  void answersAreAnonymousInEventsAndFailures() {
    answerTheRound();
    assertThatThrownBy(() -> as(PIA).threeSixty().respond(ROUND, List.of(1.0, 1.0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the caller")
        .hasMessageNotContaining("pia");
    assertThatThrownBy(() -> as(HANA()).threeSixty().respond(ROUND, List.of(1.0, 1.0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("hana");
    assertThatThrownBy(() -> as(PAUL).threeSixty().respond(ROUND, List.of(9.0, 1.0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("paul");
    String events = deliveredText();
    for (EmployeeId rater : List.of(ANA, PIA, PAUL, PETRA, RUI, CLEO)) {
      assertThat(events.lines().filter(l -> !l.contains("ThreeSixtyRoundOpened")).collect(Collectors.joining())).doesNotContain(rater.value());
    }
    assertThat(events.lines().filter(l -> l.contains("ThreeSixtyResponseRecorded"))).hasSize(7).allMatch(l -> l.startsWith("anonymous "));
  }

  private static EmployeeId HANA() {
    return EngineFixture.HANA;
  }

  @Test
  void reviewsReadRealFeedbackAndTheRoundsResultOnTheirScale() {
    RatingScale review = RatingScale.of(List.of(1.0, 2.0, 3.0), List.of("low", "mid", "high"));
    ReviewTemplate template = ReviewTemplate.builder().id(ReviewTemplateId.of("half-year")).name("Half-year").scale(review)
        .putComponents(ReviewTemplate.GOALS, 50.0).putComponents(ReviewTemplate.FEEDBACK, 50.0)
        .putQuestions(ReviewRole.MANAGER, List.of()).build();
    as(HR).reviews().defineTemplate(template);
    as(HR).reviews().createCycle(ReviewCycle.builder().id(ReviewCycleId.of("h1")).name("H1").period(H1)
        .template(template.id()).addParticipants(BEN, RUI).build());
    as(ANA).feedback().give(Feedback.builder().id(FeedbackId.of("f1")).kind(FeedbackKind.PRAISE).giver(ANA).receiver(BEN)
        .text("Good checklist").givenAt(clock.instant()).build());
    answerTheRound();
    FeedbackSource source = as(HR).feedback().reviewSource(review);
    assertThat(source.score(BEN, H1)).isEmpty();

    clock.moveTo(TODAY.plusDays(8));
    CycleStatus status = as(HR).reviews().status(ReviewCycleId.of("h1"), source);

    assertThat(status.withoutFeedback()).containsExactly(RUI);
    // the total's means are 3.5 and 23/6 on 1..5: a share of 0.625 and 0.7083 of the way up, so 2.25 and 2.4167 on 1..3
    assertThat(source.score(BEN, H1).getAsDouble()).isCloseTo((2.25 + 1 + 2 * (23.0 / 6 - 1) / 4) / 2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(source.score(BEN, Period.of(TODAY.plusDays(30), TODAY.plusDays(60)))).isEmpty();
    assertThatThrownBy(() -> as(CLEO).feedback().reviewSource(review).score(BEN, H1)).isInstanceOf(AccessDeniedException.class);
  }

  private Survey pulse() {
    List<Double> zeroToTen = IntStream.rangeClosed(0, 10).mapToObj(i -> (double) i).toList();
    RatingScale enps = RatingScale.of(zeroToTen, zeroToTen.stream().map(v -> "n" + v).toList());
    return Survey.of(PULSE, "March pulse", List.of(Question.scaled("I look forward to work", FIVE),
            Question.scaled("Would you recommend working here?", enps)), Optional.of(1),
        Set.of(ANA, BEN, PIA, PAUL, PETRA, RUI, CLEO), Period.of(TODAY, TODAY.plusDays(6)), AnonymityThreshold.DEFAULT);
  }

  @Test
  void aClosedSurveyFeedsAnEngagementKpiAndTheGoalItMeasuresMoves() {
    as(HR).kpis().define(KpiDefinition.builder().id(ENGAGEMENT).name("Engagement").unit("points")
        .direction(Direction.HIGHER_IS_BETTER).aggregation(Aggregation.LAST).frequency(Frequency.MONTHLY).build());
    GoalId goal = GoalId.of("plant-engagement");
    as(HR).goals().create(EngineFixture.goal(goal, GoalOwner.employee(ANA), GoalLevel.INDIVIDUAL,
        GoalMeasure.kpi(ENGAGEMENT, KpiTarget.of(50.0, 80.0))));
    as(HR).goals().activate(goal);
    double before = as(HR).scores().of(goal).map(s -> s.value()).orElse(0.0);
    as(HR).surveys().launch(pulse());
    Map<EmployeeId, List<Double>> answers = Map.of(ANA, List.of(4.0, 9.0), BEN, List.of(5.0, 10.0), PIA, List.of(3.0, 6.0),
        PAUL, List.of(4.0, 8.0), PETRA, List.of(4.0, 9.0), RUI, List.of(2.0, 3.0));
    answers.forEach((person, values) -> as(person).surveys().respond(PULSE, values));
    assertThatThrownBy(() -> as(HR).surveys().recordKpi(PULSE, ENGAGEMENT, SurveyMetric.ENGAGEMENT_INDEX))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must show its total");
    assertThatThrownBy(() -> as(BEN).surveys().respond(PULSE, List.of(1.0, 1.0)))
        .isInstanceOf(InvalidInputException.class).hasMessageNotContaining("ben");
    assertThatThrownBy(() -> as(BEN).surveys().results(PULSE)).isInstanceOf(AccessDeniedException.class);

    clock.moveTo(TODAY.plusDays(7));
    SurveyResults results = as(HR).surveys().results(PULSE);
    double index = results.total().flatMap(t -> t.engagementIndex()).orElseThrow();
    as(HR).surveys().recordKpi(PULSE, ENGAGEMENT, SurveyMetric.ENGAGEMENT_INDEX);

    assertThat(as(HR).kpis().series(ENGAGEMENT).latest().orElseThrow())
        .extracting(m -> m.observedOn(), m -> m.value()).containsExactly(TODAY.plusDays(6), index);
    assertThat(as(HR).scores().of(goal).orElseThrow().value()).isNotEqualTo(before);
    assertThat(deliveredText().lines().filter(l -> l.contains("SurveyResponseRecorded"))).hasSize(6).allMatch(l -> l.startsWith("anonymous "));
  }
}
