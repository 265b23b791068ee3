package dev.pillars.core.review;

import static dev.pillars.core.review.ReviewFixtures.ANA;
import static dev.pillars.core.review.ReviewFixtures.BEN;
import static dev.pillars.core.review.ReviewFixtures.CAT;
import static dev.pillars.core.review.ReviewFixtures.CLOCK;
import static dev.pillars.core.review.ReviewFixtures.TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.IllegalTransitionException;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.rating.RatingScale;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Examples of reviews, templates and cycle status, and their bad input. */
class ReviewTest {
  @Test
  void aReviewGoesFromAssignedToAcknowledged() {
    Review review = Review.assign(ReviewFixtures.review("self-ana", ANA, ANA, ReviewRole.SELF), CLOCK).value();
    ReviewContent draft = ReviewContent.empty().withAnswer("proud", "The new line").withProposedRating(4);
    review = review.edit(TEMPLATE, draft, CLOCK).value();
    assertThat(review.status()).isEqualTo(ReviewStatus.IN_PROGRESS);
    review = review.submit(TEMPLATE, ReviewFixtures.at(5)).value();
    assertThat(review.status()).isEqualTo(ReviewStatus.SUBMITTED);
    assertThat(review.submitted().orElseThrow().content()).isEqualTo(draft);
    review = review.acknowledge(ReviewFixtures.at(6)).value();
    assertThat(review.status()).isEqualTo(ReviewStatus.ACKNOWLEDGED);
    assertThat(review.acknowledgedAt()).contains(ReviewFixtures.at(6).instant());
    Review done = review;
    assertThatThrownBy(() -> done.acknowledge(CLOCK)).isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("ACKNOWLEDGED is final");
  }

  @Test
  void badInputNamesFieldValueAndRule() {
    assertThatThrownBy(() -> ReviewFixtures.review("x", ANA, BEN, ReviewRole.SELF))
        .isInstanceOf(InvalidInputException.class).hasMessage("author was ben: must be the subject ana for a SELF review");
    assertThatThrownBy(() -> ReviewFixtures.review("x", ANA, ANA, ReviewRole.PEER))
        .isInstanceOf(InvalidInputException.class).hasMessage("author was ana: must differ from the subject for a PEER review");
    Review review = ReviewFixtures.review("up-ana", ANA, CAT, ReviewRole.UPWARD);
    assertThatThrownBy(() -> review.edit(TEMPLATE, ReviewContent.empty().withComment("hi"), CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("role was UPWARD: must be one of the roles template half-year asks");
    Review mgr = ReviewFixtures.review("mgr-ana", ANA, BEN, ReviewRole.MANAGER);
    assertThatThrownBy(() -> mgr.edit(TEMPLATE, ReviewContent.empty().withAnswer("proud", "x"), CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("answers was 'proud': must name a question asked of MANAGER");
    assertThatThrownBy(() -> mgr.submit(TEMPLATE, CLOCK)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must hold something to submit");
    Review submitted = mgr.edit(TEMPLATE, ReviewContent.empty().withProposedRating(3), CLOCK).value().submit(TEMPLATE, CLOCK).value();
    assertThatThrownBy(() -> submitted.amend(TEMPLATE, ReviewContent.empty().withProposedRating(4), BEN, " ", CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessage("reason was ' ': must not be blank");
    assertThatThrownBy(() -> submitted.amend(TEMPLATE, ReviewContent.empty().withProposedRating(4), BEN, "late", ReviewFixtures.at(-1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not be before the latest revision's time");
    assertThatThrownBy(() -> submitted.amend(null, ReviewContent.empty(), BEN, "r", CLOCK))
        .isInstanceOf(NullPointerException.class).hasMessage("template");
    assertThat(submitted.revisions()).hasSize(1);
    assertThatThrownBy(() -> submitted.revision(2)).isInstanceOf(InvalidInputException.class).hasMessage("revision was 2: must be between 1 and 1");
  }

  @Test
  void templatesRefuseBadComponentsAndScalesRefuseOffValues() {
    assertThatThrownBy(() -> ((ImmutableReviewTemplate) TEMPLATE).withComponents(Map.of("goals", -1.0)))
        .isInstanceOf(InvalidInputException.class).hasMessage("components.goals was -1.0: must be zero or positive and finite");
    assertThatThrownBy(() -> ((ImmutableReviewTemplate) TEMPLATE).withComponents(Map.of("goals", 0.0)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must have a positive, finite total weight");
    assertThatThrownBy(() -> ((ImmutableReviewTemplate) TEMPLATE).withQuestions(Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must ask at least one role");
    assertThatThrownBy(() -> ((ImmutableReviewTemplate) TEMPLATE)
        .withQuestions(Map.of(ReviewRole.SELF, List.of(ReviewQuestion.of("a", "A?"), ReviewQuestion.of("a", "B?")))))
        .isInstanceOf(InvalidInputException.class).hasMessage("questions.SELF was 'a': must be unique within the role");
    assertThatThrownBy(() -> TEMPLATE.requireOnScale("rating", 2.5)).isInstanceOf(InvalidInputException.class)
        .hasMessage("rating was 2.5: must be a value of the rating scale [1.0, 2.0, 3.0, 4.0, 5.0]");
    assertThatThrownBy(() -> CompositeRule.of("weighted-components", Map.of("weights", "1")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("parameters was 'weights': must not be weights or absent");
    assertThat(TEMPLATE.scale()).isEqualTo(RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("poor", "fair", "good", "strong", "outstanding")));
  }

  @Test
  void cycleStatusReportsPendingWorkAndOverdueReviewsPerManager() {
    ReviewCycle cycle = ReviewFixtures.cycle();
    Review selfAna = ReviewFixtures.review("self-ana", ANA, ANA, ReviewRole.SELF);
    Review selfBen = ReviewFixtures.review("self-ben", BEN, BEN, ReviewRole.SELF);
    Review mgrAna = ReviewFixtures.review("mgr-ana", ANA, CAT, ReviewRole.MANAGER);
    Review peer = ReviewFixtures.review("peer-ana", ANA, BEN, ReviewRole.PEER)
        .edit(TEMPLATE, ReviewContent.empty().withComment("great"), CLOCK).value().submit(TEMPLATE, CLOCK).value();
    CycleStatus status = CycleStatus.of(cycle, List.of(selfAna, selfBen, mgrAna, peer), Set.of(ANA), Set.of(BEN), LocalDate.of(2026, 7, 11));
    assertThat(status.pending(ReviewRole.SELF)).containsExactly(ReviewId.of("self-ana"), ReviewId.of("self-ben"));
    assertThat(status.pending(ReviewRole.PEER)).isEmpty();
    assertThat(status.withoutGoals()).containsExactly(BEN);
    assertThat(status.withoutFeedback()).containsExactly(ANA);
    assertThat(status.overdueByManager()).isEqualTo(Map.of(CAT, List.of(ReviewId.of("self-ana")), BEN, List.of(ReviewId.of("self-ben"))));
    assertThat(status.openWork(ReviewPhase.SELF_REVIEW)).containsExactly("2 SELF reviews unsubmitted: [self-ana, self-ben]");
    assertThat(status.openWork(ReviewPhase.MANAGER_REVIEW)).containsExactly("1 MANAGER reviews unsubmitted: [mgr-ana]");
    assertThat(status.openWork(ReviewPhase.IN_PROGRESS)).isEmpty();
  }

  @Test
  void enrolmentEndsWithTheSelfReviews() {
    ReviewCycle cycle = ReviewFixtures.cycle();
    assertThat(cycle.enrol(Set.of(CAT), CLOCK).value().participants()).containsExactly(ANA, BEN, CAT);
    assertThatThrownBy(() -> cycle.enrol(Set.of(ANA), CLOCK)).isInstanceOf(InvalidInputException.class)
        .hasMessage("people was ana: must not be enrolled in cycle 2026-h1 already");
    ReviewCycle late = ((ImmutableReviewCycle) cycle).withPhase(ReviewPhase.SELF_REVIEW);
    assertThatThrownBy(() -> late.enrol(Set.of(CAT), CLOCK)).isInstanceOf(InvalidInputException.class)
        .hasMessage("phase was SELF_REVIEW: must be before SELF_REVIEW to enrol people");
    assertThatThrownBy(() -> ReviewCycle.create(late, CLOCK)).isInstanceOf(InvalidInputException.class);
    assertThat(ReviewCycle.create(cycle, CLOCK).events()).hasSize(2);
    assertThat(CompetencyId.of("craft").value()).isEqualTo("craft");
  }
}
