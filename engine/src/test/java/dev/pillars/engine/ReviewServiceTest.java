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
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.CycleStatus;
import dev.pillars.core.review.ProposedRating;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewAmended;
import dev.pillars.core.review.ReviewContent;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewId;
import dev.pillars.core.review.ReviewPhase;
import dev.pillars.core.review.ReviewQuestion;
import dev.pillars.core.review.ReviewRole;
import dev.pillars.core.review.ReviewStatus;
import dev.pillars.core.review.ReviewSubmitted;
import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.review.FeedbackSource;
import dev.pillars.engine.review.ReviewService;
import dev.pillars.scoring.review.ReviewScore;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The review workflows end to end on the engine's fixture: Ana manages Ben, Cleo is a peer, Hana is HR. */
class ReviewServiceTest extends EngineTestBase {
  private static final ReviewCycleId CYCLE = ReviewCycleId.of("2026-h1");
  private static final ReviewTemplate TEMPLATE = ReviewTemplate.builder()
      .id(ReviewTemplateId.of("half-year"))
      .name("Half-year review")
      .scale(RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("poor", "fair", "good", "strong", "outstanding")))
      .putComponents(ReviewTemplate.GOALS, 60.0)
      .putComponents(ReviewTemplate.COMPETENCIES, 30.0)
      .putComponents(ReviewTemplate.FEEDBACK, 10.0)
      .putQuestions(ReviewRole.SELF, List.of(ReviewQuestion.of("proud", "What are you proud of?")))
      .putQuestions(ReviewRole.MANAGER, List.of(ReviewQuestion.of("strengths", "What went well?")))
      .putQuestions(ReviewRole.PEER, List.of())
      .build();

  private static ReviewCycle cycle(ReviewCycleId id, Period period, EmployeeId... people) {
    return ReviewCycle.builder().id(id).name("Cycle " + id).period(period).template(TEMPLATE.id())
        .addParticipants(people).putDueDates(ReviewRole.SELF, LocalDate.of(2026, 2, 1)).build();
  }

  private ReviewService hr() {
    return as(HR).reviews();
  }

  private ReviewService person(EmployeeId id) {
    return as(Actor.person(id)).reviews();
  }

  private List<ReviewId> ownExportReviews(EmployeeId employee) {
    return as(Actor.person(employee)).privacy().export(employee).reviews().stream().map(Review::id).toList();
  }

  private static ReviewId id(String role, EmployeeId subject) {
    return ReviewId.of("2026-h1:" + role + ":" + subject.value());
  }

  @Test
  void aCycleRunsFromPlannedToFinalisedWithGuardsSnapshotsAndAccess() {
    hr().defineTemplate(TEMPLATE);
    hr().createCycle(cycle(CYCLE, H1, ANA, BEN));
    assertThat(hr().assignReviews(CYCLE)).extracting(Review::id)
        .containsExactly(id("manager", BEN), id("self", ANA), id("self", BEN));
    assertThatThrownBy(() -> person(BEN).edit(id("self", BEN), ReviewContent.empty().withComment("early")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("phase was PLANNED: must be from SELF_REVIEW to CALIBRATION");

    hr().advance(CYCLE);
    assertThatThrownBy(() -> hr().advance(CYCLE)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2 participants without goals: [ana, ben]");
    as(HR).goals().create(EngineFixture.goal(dev.pillars.core.goal.GoalId.of("ben-g"), GoalOwner.employee(BEN),
        GoalLevel.INDIVIDUAL, GoalMeasure.manual(0.5)));
    CycleStatus status = hr().status(CYCLE, FeedbackSource.none());
    assertThat(status.withoutGoals()).containsExactly(ANA);
    assertThat(status.overdueByManager()).containsKeys(ANA);
    ReviewCycle overridden = hr().closePhase(CYCLE, "Ana sets her goals with the board in March");
    assertThat(overridden.overrides().get(ReviewPhase.GOAL_SETTING).openWork()).containsExactly("1 participants without goals: [ana]");
    assertThat(hr().advance(CYCLE).phase()).isEqualTo(ReviewPhase.SELF_REVIEW);

    person(BEN).edit(id("self", BEN), ReviewContent.empty().withAnswer("proud", "The new checklist").withProposedRating(4));
    Review benSelf = person(BEN).submit(id("self", BEN));
    assertThatThrownBy(() -> person(CLEO).find(id("self", BEN))).isInstanceOf(AccessDeniedException.class);
    assertThat(person(ANA).find(id("self", BEN))).contains(benSelf);
    assertThatThrownBy(() -> hr().advance(CYCLE)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1 SELF reviews unsubmitted: [2026-h1:self:ana]");
    person(ANA).edit(id("self", ANA), ReviewContent.empty().withComment("A good half"));
    person(ANA).submit(id("self", ANA));
    hr().advance(CYCLE);

    Review peer = hr().requestReview(CYCLE, BEN, CLEO, ReviewRole.PEER);
    person(CLEO).edit(peer.id(), ReviewContent.empty().withComment("Always helps on the line"));
    person(CLEO).submit(peer.id());
    person(ANA).edit(id("manager", BEN), ReviewContent.empty()
        .withGoal(dev.pillars.core.goal.GoalId.of("ben-g"), 4, 1).withCompetency(CompetencyId.of("craft"), 3)
        .withAnswer("strengths", "Ran the checklist").withProposedRating(4));
    assertThatThrownBy(() -> person(BEN).edit(id("manager", BEN), ReviewContent.empty().withProposedRating(5)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> hr().advance(CYCLE)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1 MANAGER reviews unsubmitted: [2026-h1:manager:ben]");
    assertThat(person(CLEO).reviewsOf(BEN)).containsExactly(person(CLEO).find(peer.id()).orElseThrow());
  }

  @Test
  void finalisingNeedsEveryManagerReviewAndSharesReviewsWithThePeopleReviewed() {
    assertThat(running()).isEqualTo(ReviewPhase.MANAGER_REVIEW);
    assertThatThrownBy(() -> hr().closePhase(CYCLE, " ")).isInstanceOf(InvalidInputException.class);
    hr().closePhase(CYCLE, "Ana is on leave");
    assertThatThrownBy(() -> hr().closePhase(CYCLE, "finalise anyway")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cannot be reached with unsubmitted manager reviews [2026-h1:manager:ben], not even by HR");
    Review submitted = person(ANA).submit(id("manager", BEN));
    assertThatThrownBy(() -> person(BEN).find(id("manager", BEN))).isInstanceOf(AccessDeniedException.class);
    assertThat(hr().proposedRatings(CYCLE)).containsExactly(new ProposedRating(id("manager", BEN), BEN, ANA, 4));
    assertThat(ownExportReviews(BEN)).containsExactly(id("self", BEN));
    assertThat(as(HR).privacy().export(BEN).reviews()).extracting(Review::id).contains(id("manager", BEN), id("self", BEN));
    assertThat(hr().advance(CYCLE).phase()).isEqualTo(ReviewPhase.FINALISED);
    assertThat(ownExportReviews(BEN)).containsExactly(id("manager", BEN), id("self", BEN));

    assertThat(person(BEN).find(id("manager", BEN))).contains(submitted);
    assertThat(person(BEN).reviewsOf(BEN)).extracting(Review::id).containsExactly(id("manager", BEN), id("self", BEN));
    assertThat(person(CLEO).reviewsOf(BEN)).isEmpty();
    Review amended = person(ANA).amend(id("manager", BEN), submitted.content().withProposedRating(5), "Calibrated up");
    assertThat(amended.revision(1)).isEqualTo(submitted.revision(1));
    assertThat(amended.revisions()).hasSize(2);
    assertThat(delivered).anyMatch(e -> e.event() instanceof ReviewAmended a && a.reason().equals("Calibrated up"));
    assertThat(delivered).filteredOn(e -> e.event() instanceof ReviewSubmitted).hasSize(3);
    assertThat(person(BEN).acknowledge(id("manager", BEN)).status()).isEqualTo(ReviewStatus.ACKNOWLEDGED);
    assertThatThrownBy(() -> person(CLEO).acknowledge(id("manager", BEN))).isInstanceOf(AccessDeniedException.class);

    ReviewScore score = person(BEN).score(id("manager", BEN), new FeedbackSource() {
      @Override
      public boolean received(EmployeeId employee, Period period) {
        return true;
      }

      @Override
      public OptionalDouble score(EmployeeId employee, Period period) {
        return OptionalDouble.of(5);
      }
    });
    assertThat(score.components()).containsEntry("feedback", 5.0).containsEntry("goals", 4.0).containsEntry("competencies", 3.0);
    assertThat(score.outcome().asScore().orElseThrow().value()).isCloseTo(0.6 * 4 + 0.3 * 3 + 0.1 * 5, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void nobodyIsInTwoOverlappingCyclesOfTheSameTemplate() {
    hr().defineTemplate(TEMPLATE);
    hr().createCycle(cycle(CYCLE, H1, ANA, BEN));
    ReviewCycleId q2 = ReviewCycleId.of("2026-q2");
    Period q2Period = Period.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
    assertThatThrownBy(() -> hr().createCycle(cycle(q2, q2Period, CLEO, BEN))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("participants was [ben]: must not be in cycle 2026-h1 too");
    hr().createCycle(cycle(q2, q2Period, CLEO));
    assertThatThrownBy(() -> hr().enrol(q2, Set.of(ANA))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("participants was [ana]");
    hr().createCycle(cycle(ReviewCycleId.of("2026-h2"), Period.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), ANA, BEN));
    assertThat(hr().enrol(q2, Set.of(EngineFixture.HANA)).participants()).containsExactly(CLEO, EngineFixture.HANA);
  }

  @Test
  void badInputAndUnknownReferencesChangeNothing() {
    hr().defineTemplate(TEMPLATE);
    assertThatThrownBy(() -> person(BEN).defineTemplate(TEMPLATE)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> hr().advance(CYCLE)).isInstanceOf(UnknownReferenceException.class);
    assertThatThrownBy(() -> hr().createCycle(ReviewCycle.builder().id(CYCLE).name("x").period(H1)
        .template(ReviewTemplateId.of("none")).build())).isInstanceOf(UnknownReferenceException.class);
    assertThatThrownBy(() -> hr().status(CYCLE, null)).isInstanceOf(NullPointerException.class).hasMessage("feedback");
    assertThatThrownBy(() -> as(EngineFixture.FEED).reviews().closePhase(CYCLE, "why")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be a person");
    hr().createCycle(cycle(CYCLE, H1, ANA, BEN));
    hr().assignReviews(CYCLE);
    assertThatThrownBy(() -> hr().requestReview(CYCLE, CLEO, BEN, ReviewRole.PEER)).isInstanceOf(InvalidInputException.class)
        .hasMessage("subject was cleo: must be a participant of cycle 2026-h1");
    assertThatThrownBy(() -> hr().requestReview(CYCLE, BEN, CLEO, ReviewRole.UPWARD)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("role was UPWARD: must be one of the roles template half-year asks");
    assertThat(hr().assignReviews(CYCLE)).isEmpty();
  }

  /** A cycle in MANAGER_REVIEW: self reviews submitted, Ana's review of Ben drafted. */
  private ReviewPhase running() {
    hr().defineTemplate(TEMPLATE);
    hr().createCycle(cycle(CYCLE, H1, ANA, BEN));
    hr().assignReviews(CYCLE);
    hr().advance(CYCLE);
    hr().closePhase(CYCLE, "goals come later");
    hr().advance(CYCLE);
    person(BEN).edit(id("self", BEN), ReviewContent.empty().withAnswer("proud", "The checklist"));
    person(BEN).submit(id("self", BEN));
    person(ANA).edit(id("self", ANA), ReviewContent.empty().withComment("Fine"));
    person(ANA).submit(id("self", ANA));
    hr().advance(CYCLE);
    person(ANA).edit(id("manager", BEN), ReviewContent.empty()
        .withGoal(dev.pillars.core.goal.GoalId.of("ben-g"), 4, 1).withCompetency(CompetencyId.of("craft"), 3)
        .withProposedRating(4));
    return hr().status(CYCLE, FeedbackSource.none()).phase();
  }
}
