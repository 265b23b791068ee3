package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.H1;
import static dev.pillars.engine.EngineFixture.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.CycleCreated;
import dev.pillars.core.review.ParticipantsEnrolled;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewId;
import dev.pillars.core.review.ReviewRole;
import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.review.FeedbackSource;
import dev.pillars.engine.review.ReviewService;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who may not run a cycle or read a review's score: each denial with its message, and nothing
 * stored or announced by a denied write.
 */
class ReviewDenialsTest extends EngineTestBase {
  private static final String NO_RULE = "no rule allows it (own data, management chain, unit membership, HR grant)";
  private static final ReviewCycleId CYCLE = ReviewCycleId.of("c");
  private static final ReviewTemplate TEMPLATE = ReviewTemplate.builder()
      .id(ReviewTemplateId.of("t"))
      .name("Manager reviews")
      .scale(RatingScale.of(List.of(1.0, 2.0, 3.0), List.of("low", "mid", "high")))
      .putComponents(ReviewTemplate.GOALS, 100.0)
      .putQuestions(ReviewRole.MANAGER, List.of())
      .build();
  private static final ReviewCycle BEN_AND_CLEO =
      ReviewCycle.builder().id(CYCLE).name("Cycle").period(H1).template(TEMPLATE.id()).addParticipants(BEN, CLEO).build();

  private ReviewService person(dev.pillars.core.org.EmployeeId id) {
    return as(Actor.person(id)).reviews();
  }

  @Test
  void onlyAnHrGrantCreatesACycleAndADeniedCreationStoresAndAnnouncesNothing() {
    as(HR).reviews().defineTemplate(TEMPLATE);
    delivered.clear();

    assertThatThrownBy(() -> person(ANA).createCycle(BEN_AND_CLEO))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("person:ana may not MANAGE_REVIEW_CYCLE review cycle c: " + NO_RULE);
    assertThat(store.forTenant(ACME).reviewCycles().find(CYCLE)).isEmpty();
    assertThat(delivered).isEmpty();

    assertThat(as(HR).reviews().createCycle(BEN_AND_CLEO).participants()).containsExactly(BEN, CLEO);
    assertThat(delivered).extracting(e -> (Object) e.event().getClass()).containsExactly(CycleCreated.class, ParticipantsEnrolled.class);
    assertThat(delivered).allSatisfy(e -> assertThat(e.actor()).isEqualTo("person:hana"));
  }

  @Test
  void aManagerMayNeitherReadNorMoveACyclesStatus() {
    as(HR).reviews().defineTemplate(TEMPLATE);
    as(HR).reviews().createCycle(BEN_AND_CLEO);
    String denied = "person:ana may not MANAGE_REVIEW_CYCLE review cycle c: " + NO_RULE;

    assertThat(as(HR).reviews().status(CYCLE, FeedbackSource.none()).withoutFeedback()).containsExactly(BEN, CLEO);
    assertThatThrownBy(() -> person(ANA).status(CYCLE, FeedbackSource.none())).hasMessage(denied);
    assertThatThrownBy(() -> person(ANA).proposedRatings(CYCLE)).hasMessage(denied);
    assertThatThrownBy(() -> person(ANA).advance(CYCLE)).hasMessage(denied);
    assertThatThrownBy(() -> person(ANA).assignReviews(CYCLE)).hasMessage(denied);
    assertThat(store.forTenant(ACME).reviewCycles().find(CYCLE).orElseThrow().value().phase())
        .isEqualTo(dev.pillars.core.review.ReviewPhase.PLANNED);
    assertThat(store.forTenant(ACME).reviews().find(ReviewId.of("c:manager:ben"))).isEmpty();
  }

  @Test
  void aReviewsScoreIsForWhoMayReadIt() {
    as(HR).reviews().defineTemplate(TEMPLATE);
    as(HR).reviews().createCycle(BEN_AND_CLEO);
    as(HR).reviews().assignReviews(CYCLE);
    ReviewId benByAna = ReviewId.of("c:manager:ben");

    assertThatThrownBy(() -> person(CLEO).score(benByAna, FeedbackSource.none()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageStartingWith("person:cleo may not VIEW_REVIEW review c:manager:ben: ");
    assertThatThrownBy(() -> person(BEN).score(benByAna, FeedbackSource.none()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageStartingWith("person:ben may not VIEW_REVIEW review c:manager:ben: ");
    assertThat(person(ANA).score(benByAna, FeedbackSource.none()).outcome().asScore()).isEmpty();
  }
}
