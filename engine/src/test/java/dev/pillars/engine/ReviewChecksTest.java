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
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.CycleStatus;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewContent;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewId;
import dev.pillars.core.review.ReviewPhase;
import dev.pillars.core.review.ReviewRole;
import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.engine.review.FeedbackSource;
import dev.pillars.engine.review.ReviewService;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The review service's phase checks at each edge, a template without self reviews, what a cycle's
 * status counts, and the checks on requests, actors and unknown reviews.
 */
class ReviewChecksTest extends EngineTestBase {
  private static final ReviewCycleId CYCLE = ReviewCycleId.of("c");
  private static final GoalId BEN_G = GoalId.of("ben-g");
  private static final ReviewTemplate NO_SELF = ReviewTemplate.builder()
      .id(ReviewTemplateId.of("managers"))
      .name("Manager and peer reviews")
      .scale(RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("1", "2", "3", "4", "5")))
      .putComponents(ReviewTemplate.GOALS, 100.0)
      .putQuestions(ReviewRole.MANAGER, List.of())
      .putQuestions(ReviewRole.PEER, List.of())
      .build();
  private static final ReviewId BEN_BY_ANA = ReviewId.of("c:manager:ben");

  private ReviewService hr() {
    return as(HR).reviews();
  }

  private ReviewService person(EmployeeId id) {
    return as(dev.pillars.engine.access.Actor.person(id)).reviews();
  }

  private static Goal goal(GoalId id, EmployeeId owner, Period period) {
    return Goal.builder().id(id).title("Goal").owner(GoalOwner.employee(owner)).level(GoalLevel.INDIVIDUAL)
        .period(period).measure(GoalMeasure.manual(0)).build();
  }

  /** Defines the template, creates the cycle for Ben and Cleo, assigns its reviews, and moves it to IN_PROGRESS. */
  private List<Review> inProgress() {
    hr().defineTemplate(NO_SELF);
    hr().createCycle(ReviewCycle.builder().id(CYCLE).name("Cycle").period(H1).template(NO_SELF.id())
        .addParticipants(BEN, CLEO).build());
    List<Review> assigned = hr().assignReviews(CYCLE);
    hr().advance(CYCLE);
    hr().closePhase(CYCLE, "goals come later");
    return assigned;
  }

  @Test
  void aTemplateWithoutSelfReviewsGetsOnlyManagerReviewsForWhoHasAManager() {
    assertThat(inProgress()).extracting(Review::id).containsExactly(BEN_BY_ANA);
    Review peer = hr().requestReview(CYCLE, BEN, CLEO, ReviewRole.PEER);
    assertThat(peer.id()).isEqualTo(ReviewId.of("c:peer:ben:cleo"));
    assertThat(peer.author()).isEqualTo(CLEO);
    assertThatThrownBy(() -> hr().requestReview(CYCLE, BEN, CLEO, ReviewRole.PEER))
        .isInstanceOf(InvalidInputException.class).hasMessage("review was c:peer:ben:cleo: must not exist already");
    assertThatThrownBy(() -> hr().requestReview(CYCLE, BEN, BEN, ReviewRole.SELF))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("role was SELF");
  }

  @Test
  void reviewsAreWrittenFromSelfReviewToCalibrationAndChangedUntilClosed() {
    inProgress();
    assertThat(hr().status(CYCLE, FeedbackSource.none()).phase()).isEqualTo(ReviewPhase.IN_PROGRESS);
    assertThatThrownBy(() -> person(ANA).edit(BEN_BY_ANA, ReviewContent.empty().withProposedRating(4)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("phase was IN_PROGRESS: must be from SELF_REVIEW to CALIBRATION to write reviews of cycle c");
    hr().closePhase(CYCLE, "no self reviews");
    person(ANA).edit(BEN_BY_ANA, ReviewContent.empty().withGoal(BEN_G, 4, 1).withProposedRating(4));
    while (hr().status(CYCLE, FeedbackSource.none()).phase() != ReviewPhase.CALIBRATION) {
      hr().closePhase(CYCLE, "moving on");
    }
    Review submitted = person(ANA).submit(BEN_BY_ANA);
    hr().advance(CYCLE);

    assertThatThrownBy(() -> person(ANA).edit(BEN_BY_ANA, ReviewContent.empty()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("phase was FINALISED: must be from SELF_REVIEW");
    assertThatThrownBy(() -> hr().assignReviews(CYCLE))
        .isInstanceOf(InvalidInputException.class).hasMessage("phase was FINALISED: must be before FINALISED to assign reviews in cycle c");
    assertThatThrownBy(() -> hr().requestReview(CYCLE, BEN, CLEO, ReviewRole.PEER))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be before FINALISED");
    assertThatThrownBy(() -> as(EngineFixture.FEED).reviews().amend(BEN_BY_ANA, submitted.content(), "bot"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be a person to amend a review");
    hr().advance(CYCLE);

    assertThatThrownBy(() -> person(ANA).amend(BEN_BY_ANA, submitted.content().withProposedRating(5), "late"))
        .isInstanceOf(InvalidInputException.class).hasMessage("phase was CLOSED: must not be CLOSED to change reviews of cycle c");
    assertThatThrownBy(() -> person(BEN).acknowledge(BEN_BY_ANA))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not be CLOSED");
    assertThat(person(BEN).find(BEN_BY_ANA)).contains(submitted);
  }

  @Test
  void aCyclesStatusCountsOnlyLiveGoalsInItsPeriodAndTheFeedbackReceived() {
    inProgress();
    as(HR).goals().create(goal(GoalId.of("ben-cancelled"), BEN, H1));
    as(HR).goals().transition(GoalId.of("ben-cancelled"), GoalStatus.CANCELLED);
    as(HR).goals().create(goal(GoalId.of("cleo-next-year"), CLEO, Period.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30))));
    FeedbackSource benOnly = new FeedbackSource() {
      @Override
      public boolean received(EmployeeId employee, Period period) {
        return employee.equals(BEN) && period.equals(H1);
      }

      @Override
      public OptionalDouble score(EmployeeId employee, Period period) {
        return OptionalDouble.empty();
      }
    };
    CycleStatus status = hr().status(CYCLE, benOnly);
    assertThat(status.withoutGoals()).containsExactly(BEN, CLEO);
    assertThat(status.withoutFeedback()).containsExactly(CLEO);

    as(HR).goals().create(goal(BEN_G, BEN, H1));
    assertThat(hr().status(CYCLE, benOnly).withoutGoals()).containsExactly(CLEO);
  }

  @Test
  void anUnknownReviewIsNamedOrAbsent() {
    inProgress();
    ReviewId none = ReviewId.of("none");
    assertThat(hr().find(none)).isEmpty();
    assertThatThrownBy(() -> hr().score(none, FeedbackSource.none()))
        .isInstanceOf(UnknownReferenceException.class).hasMessage("review was none: must name a review of the tenant");
    assertThatThrownBy(() -> person(ANA).submit(none))
        .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("review was none");
    assertThatThrownBy(() -> hr().status(ReviewCycleId.of("nope"), FeedbackSource.none()))
        .isInstanceOf(UnknownReferenceException.class).hasMessage("cycle was nope: must name a cycle of the tenant");
  }
}
