package dev.pillars.core.review;

import static dev.pillars.core.review.ReviewFixtures.ANA;
import static dev.pillars.core.review.ReviewFixtures.BEN;
import static dev.pillars.core.review.ReviewFixtures.CAT;
import static dev.pillars.core.review.ReviewFixtures.CLOCK;
import static dev.pillars.core.review.ReviewFixtures.TEMPLATE;
import static dev.pillars.core.review.ReviewFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.event.Change;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Reviews, contents, templates and cycle status: exact values, events and each rule's message. */
class ReviewMutationTest {
  static final ReviewContent GOOD = ReviewContent.empty().withGoal(GoalId.of("g1"), 4, 2).withCompetency(CompetencyId.of("craft"), 3)
      .withAnswer("strengths", "Calm").withComment("Solid half").withProposedRating(4);

  static Review submittedManagerReview(String id, EmployeeId subject, EmployeeId author, ReviewContent content) {
    return ReviewFixtures.review(id, subject, author, ReviewRole.MANAGER).edit(TEMPLATE, content, CLOCK).value().submit(TEMPLATE, at(1)).value();
  }

  @Test
  void phasesAndRolesKnowTheirPlace() {
    List<ReviewPhase> order = List.of(ReviewPhase.PLANNED, ReviewPhase.GOAL_SETTING, ReviewPhase.IN_PROGRESS, ReviewPhase.SELF_REVIEW,
        ReviewPhase.MANAGER_REVIEW, ReviewPhase.CALIBRATION, ReviewPhase.FINALISED, ReviewPhase.CLOSED);
    assertThat(ReviewPhase.values()).containsExactlyElementsOf(order);
    for (int i = 0; i < order.size() - 1; i++) {
      assertThat(order.get(i).next()).contains(order.get(i + 1));
      assertThat(order.get(i).allowedNext()).containsExactly(order.get(i + 1));
    }
    assertThat(ReviewPhase.CLOSED.next()).isEmpty();
    assertThat(ReviewPhase.CLOSED.allowedNext()).isEmpty();
    assertThat(order.stream().filter(ReviewPhase::enrols))
        .containsExactly(ReviewPhase.PLANNED, ReviewPhase.GOAL_SETTING, ReviewPhase.IN_PROGRESS);
    assertThat(order.stream().filter(ReviewPhase::sharesReviews)).containsExactly(ReviewPhase.FINALISED, ReviewPhase.CLOSED);
    assertThat(ReviewRole.SELF.writtenIn()).isEqualTo(ReviewPhase.SELF_REVIEW);
    assertThat(ReviewRole.MANAGER.writtenIn()).isEqualTo(ReviewPhase.MANAGER_REVIEW);
    assertThat(ReviewRole.PEER.writtenIn()).isEqualTo(ReviewPhase.MANAGER_REVIEW);
    assertThat(ReviewRole.UPWARD.writtenIn()).isEqualTo(ReviewPhase.MANAGER_REVIEW);
  }

  @Test
  void reviewStatusesFollowTheWrittenTable() {
    Map<ReviewStatus, Set<ReviewStatus>> legal = Map.of(
        ReviewStatus.NOT_STARTED, Set.of(ReviewStatus.IN_PROGRESS, ReviewStatus.SUBMITTED),
        ReviewStatus.IN_PROGRESS, Set.of(ReviewStatus.SUBMITTED),
        ReviewStatus.SUBMITTED, Set.of(ReviewStatus.ACKNOWLEDGED),
        ReviewStatus.ACKNOWLEDGED, Set.of());
    for (ReviewStatus from : ReviewStatus.values()) {
      assertThat(from.allowedNext()).isEqualTo(legal.get(from));
      for (ReviewStatus to : ReviewStatus.values()) {
        if (legal.get(from).contains(to)) {
          assertThat(from.requireCanMoveTo(to)).isEqualTo(to);
        } else {
          assertThatThrownBy(() -> from.requireCanMoveTo(to)).isInstanceOf(InvalidInputException.class);
        }
      }
    }
    assertThat(ReviewStatus.NOT_STARTED.isSubmitted()).isFalse();
    assertThat(ReviewStatus.IN_PROGRESS.isSubmitted()).isFalse();
    assertThat(ReviewStatus.SUBMITTED.isSubmitted()).isTrue();
    assertThat(ReviewStatus.ACKNOWLEDGED.isSubmitted()).isTrue();
  }

  @Test
  void eachStepOfAReviewRecordsItsEvent() {
    Review assigned = ReviewFixtures.review("m1", ANA, CAT, ReviewRole.MANAGER);
    assertThat(Review.assign(assigned, CLOCK).events())
        .containsExactly(new ReviewAssigned(ReviewId.of("m1"), ReviewCycleId.of("2026-h1"), ANA, CAT, ReviewRole.MANAGER, CLOCK.instant()));
    Change<Review> drafted = assigned.edit(TEMPLATE, GOOD, CLOCK);
    assertThat(drafted.events()).containsExactly(new ReviewDrafted(ReviewId.of("m1"), CLOCK.instant()));
    assertThat(drafted.value().content()).isEqualTo(GOOD);
    Change<Review> submitted = drafted.value().submit(TEMPLATE, at(1));
    assertThat(submitted.events())
        .containsExactly(new ReviewSubmitted(ReviewId.of("m1"), ReviewCycleId.of("2026-h1"), ANA, ReviewRole.MANAGER, at(1).instant()));
    assertThat(submitted.value().revisions()).containsExactly(new ReviewRevision(1, GOOD, at(1).instant(), CAT, Optional.empty()));
    ReviewContent better = GOOD.withProposedRating(5);
    Change<Review> amended = submitted.value().amend(TEMPLATE, better, BEN, "Calibrated", at(1));
    assertThat(amended.events()).containsExactly(new ReviewAmended(ReviewId.of("m1"), 2, BEN, "Calibrated", at(1).instant()));
    assertThat(amended.value().content()).isEqualTo(better);
    assertThat(amended.value().draft()).isEqualTo(GOOD);
    assertThat(amended.value().revision(1).content()).isEqualTo(GOOD);
    assertThat(amended.value().revision(2).content()).isEqualTo(better);
    Change<Review> acknowledged = amended.value().acknowledge(at(3));
    assertThat(acknowledged.events()).containsExactly(new ReviewAcknowledged(ReviewId.of("m1"), ANA, at(3).instant()));
    assertThat(acknowledged.value().revisions()).hasSize(2);
    assertThat(acknowledged.value().content()).isEqualTo(better);
    assertThat(acknowledged.value().amend(TEMPLATE, GOOD, BEN, "Back", at(4)).value().status()).isEqualTo(ReviewStatus.ACKNOWLEDGED);
  }

  @Test
  void historyIsReadAsOfAnInstant() {
    Review review = submittedManagerReview("m1", ANA, CAT, GOOD)
        .amend(TEMPLATE, GOOD.withProposedRating(5), BEN, "Calibrated", at(10)).value();
    assertThat(review.asOf(at(0).instant())).isEmpty();
    assertThat(review.asOf(at(1).instant()).orElseThrow().number()).isEqualTo(1);
    assertThat(review.asOf(at(9).instant()).orElseThrow().number()).isEqualTo(1);
    assertThat(review.asOf(at(10).instant()).orElseThrow().number()).isEqualTo(2);
    assertThat(review.asOf(Instant.MAX).orElseThrow().number()).isEqualTo(2);
    Review draft = ReviewFixtures.review("d", ANA, CAT, ReviewRole.MANAGER);
    assertThat(draft.submitted()).isEmpty();
    assertThat(draft.content()).isEqualTo(ReviewContent.empty());
    assertThatThrownBy(() -> draft.revision(1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("revision was 1: must name a revision; review d is not submitted");
    assertThatThrownBy(() -> review.revision(0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("revision was 0: must be between 1 and 2");
    assertThatThrownBy(() -> review.revision(3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("revision was 3: must be between 1 and 2");
  }

  @Test
  void refusesStepsOutOfTurn() {
    Review started = ReviewFixtures.review("m1", ANA, CAT, ReviewRole.MANAGER).edit(TEMPLATE, GOOD, CLOCK).value();
    assertThatThrownBy(() -> Review.assign(started, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("status was IN_PROGRESS: must be NOT_STARTED for a new review");
    Review submitted = started.submit(TEMPLATE, at(1)).value();
    assertThatThrownBy(() -> submitted.edit(TEMPLATE, GOOD, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("status was SUBMITTED: must be NOT_STARTED or IN_PROGRESS to edit the draft; amend a submitted review instead");
    assertThatThrownBy(() -> started.amend(TEMPLATE, GOOD, BEN, "why", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("status was IN_PROGRESS: must be SUBMITTED or ACKNOWLEDGED to amend; edit the draft instead");
    assertThatThrownBy(() -> submitted.amend(TEMPLATE, GOOD, BEN, "why", at(2)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("content was ")
        .hasMessageEndingWith(": must differ from the current revision 1");
    assertThatThrownBy(() -> submitted.amend(TEMPLATE, GOOD.withProposedRating(2.5), BEN, "why", at(2)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("proposedRating was 2.5: must be a value of the rating scale [1.0, 2.0, 3.0, 4.0, 5.0]");
    assertThatThrownBy(() -> started.edit(TEMPLATE, GOOD.withGoal(GoalId.of("g2"), 0, 1), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("goals.g2.rating was 0.0: must be a value of the rating scale [1.0, 2.0, 3.0, 4.0, 5.0]");
    Review empty = ReviewFixtures.review("m2", ANA, CAT, ReviewRole.MANAGER);
    assertThatThrownBy(() -> empty.submit(TEMPLATE, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("draft was ")
        .hasMessageEndingWith(": must hold something to submit");
    assertThat(empty.edit(TEMPLATE, GOOD, CLOCK).value().status()).isEqualTo(ReviewStatus.IN_PROGRESS);
  }

  @Test
  void aReviewHoldsItsOwnInvariants() {
    ReviewRevision first = new ReviewRevision(1, GOOD, CLOCK.instant(), CAT, Optional.empty());
    Review.Builder base = Review.builder().id(ReviewId.of("m")).cycle(ReviewCycleId.of("c")).subject(ANA).author(CAT).role(ReviewRole.MANAGER);
    assertThatThrownBy(() -> Review.builder().id(ReviewId.of("m")).cycle(ReviewCycleId.of("c")).subject(ANA).author(CAT).role(ReviewRole.MANAGER)
            .status(ReviewStatus.IN_PROGRESS).addRevisions(first).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("revisions was 1: must be present exactly when the review is submitted (status IN_PROGRESS)");
    assertThatThrownBy(() -> Review.builder().id(ReviewId.of("m")).cycle(ReviewCycleId.of("c")).subject(ANA).author(CAT).role(ReviewRole.MANAGER)
            .draft(GOOD).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("draft was ")
        .hasMessageEndingWith(": must be empty while NOT_STARTED");
    assertThatThrownBy(() -> Review.builder().id(ReviewId.of("m")).cycle(ReviewCycleId.of("c")).subject(ANA).author(CAT).role(ReviewRole.MANAGER)
            .status(ReviewStatus.SUBMITTED).addRevisions(first).acknowledgedAt(CLOCK.instant()).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("acknowledgedAt was " + CLOCK.instant() + ": must be present exactly when the status is ACKNOWLEDGED");
    assertThatThrownBy(() -> Review.builder().id(ReviewId.of("m")).cycle(ReviewCycleId.of("c")).subject(ANA).author(CAT).role(ReviewRole.MANAGER)
            .status(ReviewStatus.SUBMITTED).addRevisions(first, new ReviewRevision(3, GOOD, CLOCK.instant(), CAT, Optional.of("x"))).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("revisions[1].number was 3: must be 2");
    assertThatThrownBy(() -> Review.builder().id(ReviewId.of("m")).cycle(ReviewCycleId.of("c")).subject(ANA).author(CAT).role(ReviewRole.MANAGER)
            .status(ReviewStatus.SUBMITTED)
            .addRevisions(first, new ReviewRevision(2, GOOD, CLOCK.instant().minusSeconds(1), CAT, Optional.of("x"))).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("revisions[1].at was " + CLOCK.instant().minusSeconds(1) + ": must not be before the previous revision's time " + CLOCK.instant());
    assertThat(base.status(ReviewStatus.SUBMITTED)
            .addRevisions(first, new ReviewRevision(2, GOOD, CLOCK.instant(), CAT, Optional.of("x"))).build().revisions()).hasSize(2);
  }

  @Test
  void revisionsCarryAReasonExactlyWhenTheyAmend() {
    assertThat(new ReviewRevision(1, GOOD, CLOCK.instant(), CAT, Optional.empty()).isAmendment()).isFalse();
    assertThat(new ReviewRevision(2, GOOD, CLOCK.instant(), CAT, Optional.of("r")).isAmendment()).isTrue();
    assertThatThrownBy(() -> new ReviewRevision(1, GOOD, CLOCK.instant(), CAT, Optional.of("r")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("reason was 'r': must be empty for the submission (revision 1)");
    assertThatThrownBy(() -> new ReviewRevision(2, GOOD, CLOCK.instant(), CAT, Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("reason was null: must be given for an amendment");
    assertThatThrownBy(() -> new ReviewRevision(0, GOOD, CLOCK.instant(), CAT, Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("number was 0: must be between 1 and 2147483647");
    assertThatThrownBy(() -> new ReviewRevision(2, GOOD, CLOCK.instant(), CAT, Optional.of(" ")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("reason was ' ': must not be blank");
  }

  @Test
  void erasingTheAuthorRedactsTheirWordsButKeepsTheRatings() {
    EmployeeId gone = EmployeeId.of("erased-1");
    Review review = submittedManagerReview("m1", ANA, CAT, GOOD).amend(TEMPLATE, GOOD.withProposedRating(5), BEN, "Calibrated", at(2)).value();
    Review byAuthor = review.erasing(CAT, gone);
    ReviewContent words = new ReviewContent(GOOD.goals(), GOOD.competencies(), new TreeMap<>(), Optional.empty(), OptionalDouble.of(4));
    assertThat(byAuthor.author()).isEqualTo(gone);
    assertThat(byAuthor.subject()).isEqualTo(ANA);
    assertThat(byAuthor.draft()).isEqualTo(words);
    assertThat(byAuthor.revisions()).containsExactly(
        new ReviewRevision(1, words, at(1).instant(), gone, Optional.empty()),
        new ReviewRevision(2, words.withProposedRating(5), at(2).instant(), BEN, Optional.of("Calibrated")));
    Review bySubject = review.erasing(ANA, gone);
    assertThat(bySubject.subject()).isEqualTo(gone);
    assertThat(bySubject.author()).isEqualTo(CAT);
    assertThat(bySubject.content()).isEqualTo(GOOD.withProposedRating(5));
    Review byActor = review.erasing(BEN, gone);
    assertThat(byActor.revision(2).actor()).isEqualTo(gone);
    assertThat(byActor.revision(2).content()).isEqualTo(GOOD.withProposedRating(5));
    assertThat(review.names(BEN)).isTrue();
    assertThat(review.names(ANA)).isTrue();
    assertThat(review.names(CAT)).isTrue();
    assertThat(review.names(EmployeeId.of("zed"))).isFalse();
    assertThat(review.erasing(EmployeeId.of("zed"), gone)).isSameAs(review);
  }

  @Test
  void proposedRatingsComeFromSubmittedManagerReviewsInOrder() {
    Review bOnA = submittedManagerReview("m2", ANA, BEN, GOOD.withProposedRating(5));
    Review cOnA = submittedManagerReview("m1", ANA, CAT, GOOD);
    Review cOnB = submittedManagerReview("m3", BEN, CAT, GOOD.withProposedRating(2));
    Review noRating = submittedManagerReview("m4", CAT, BEN, ReviewContent.empty().withComment("fine"));
    Review unsubmitted = ReviewFixtures.review("m5", ANA, CAT, ReviewRole.MANAGER).edit(TEMPLATE, GOOD, CLOCK).value();
    Review self = ReviewFixtures.review("s1", ANA, ANA, ReviewRole.SELF).edit(TEMPLATE, ReviewContent.empty().withProposedRating(5), CLOCK).value()
        .submit(TEMPLATE, CLOCK).value();
    assertThat(ProposedRating.of(List.of(cOnB, noRating, bOnA, unsubmitted, self, cOnA))).containsExactly(
        new ProposedRating(ReviewId.of("m1"), ANA, CAT, 4),
        new ProposedRating(ReviewId.of("m2"), ANA, BEN, 5),
        new ProposedRating(ReviewId.of("m3"), BEN, CAT, 2));
    assertThatThrownBy(() -> new ProposedRating(ReviewId.of("m"), ANA, CAT, Double.NaN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("rating was NaN: must be a finite number");
  }

  @Test
  void contentIsEmptyOnlyWithoutAnyPart() {
    assertThat(ReviewContent.empty().isEmpty()).isTrue();
    assertThat(ReviewContent.empty().withGoal(GoalId.of("g"), 1, 1).isEmpty()).isFalse();
    assertThat(ReviewContent.empty().withCompetency(CompetencyId.of("c"), 1).isEmpty()).isFalse();
    assertThat(ReviewContent.empty().withAnswer("q", "a").isEmpty()).isFalse();
    assertThat(ReviewContent.empty().withComment("c").isEmpty()).isFalse();
    assertThat(ReviewContent.empty().withProposedRating(1).isEmpty()).isFalse();
    assertThat(GOOD.goals()).isEqualTo(Map.of(GoalId.of("g1"), GoalRating.of(4, 2)));
    assertThat(GOOD.competencies()).isEqualTo(Map.of(CompetencyId.of("craft"), 3.0));
    assertThat(GOOD.answers()).isEqualTo(Map.of("strengths", "Calm"));
    assertThat(GOOD.comment()).contains("Solid half");
    assertThat(GOOD.proposedRating()).hasValue(4);
    assertThatThrownBy(() -> ReviewContent.empty().withCompetency(CompetencyId.of("c"), Double.NaN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("competencies.c was NaN: must be a finite number");
    assertThatThrownBy(() -> ReviewContent.empty().withAnswer("q", " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("answers.q was ' ': must not be blank");
    assertThatThrownBy(() -> ReviewContent.empty().withComment(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("comment was ' ': must not be blank");
    assertThatThrownBy(() -> ReviewContent.empty().withProposedRating(Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("proposedRating was Infinity: must be a finite number");
    assertThatThrownBy(() -> GoalRating.of(3, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("weight was 0.0: must be positive and finite");
    assertThatThrownBy(() -> GoalRating.of(Double.NaN, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("rating was NaN: must be a finite number");
    assertThat(ReviewContent.empty().withProposedRating(-0.0).proposedRating().getAsDouble()).isEqualTo(0.0);
  }

  @Test
  void templatesAndRulesRefuseBadDefinitions() {
    RatingScale scale = TEMPLATE.scale();
    assertThatThrownBy(() -> ReviewTemplate.builder().id(ReviewTemplateId.of("t")).name(" ").scale(scale).putComponents("goals", 1.0)
            .putQuestions(ReviewRole.SELF, List.of()).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("name was ' ': must not be blank");
    assertThatThrownBy(() -> ReviewTemplate.builder().id(ReviewTemplateId.of("t")).name("T").scale(scale)
            .putQuestions(ReviewRole.SELF, List.of()).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("components was {}: must name at least one component");
    assertThatThrownBy(() -> ReviewTemplate.builder().id(ReviewTemplateId.of("t")).name("T").scale(scale).putComponents("goals", 0.0)
            .putQuestions(ReviewRole.SELF, List.of()).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("components was {goals=0.0}: must have a positive, finite total weight");
    assertThatThrownBy(() -> ReviewTemplate.builder().id(ReviewTemplateId.of("t")).name("T").scale(scale).putComponents("bad key", 1.0)
            .putQuestions(ReviewRole.SELF, List.of()).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("components was 'bad key'");
    ReviewTemplate one = ReviewTemplate.builder().id(ReviewTemplateId.of("t")).name("T").scale(scale).putComponents("goals", 1.0)
        .putQuestions(ReviewRole.SELF, List.of()).build();
    assertThat(one.composite()).isEqualTo(CompositeRule.weighted());
    assertThat(one.missingComponents()).isEqualTo(MissingComponentPolicy.RENORMALISE);
    assertThat(one.roles()).containsExactly(ReviewRole.SELF);
    assertThat(ReviewTemplate.define(one, CLOCK).events()).containsExactly(new TemplateDefined(ReviewTemplateId.of("t"), "T", CLOCK.instant()));
    assertThat(one.requireOnScale("x", 3)).isEqualTo(3.0);
    assertThatThrownBy(() -> one.requireOnScale("x", Double.NaN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("x was NaN: must be a finite number");
    assertThat(CompositeRule.weighted()).isEqualTo(new CompositeRule("weighted-components", new TreeMap<>()));
    assertThat(CompositeRule.of("custom", Map.of("curve", "steep")).parameters()).isEqualTo(Map.of("curve", "steep"));
    assertThatThrownBy(() -> CompositeRule.of("custom", Map.of("absent", "x")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("parameters was 'absent': must not be weights or absent, which come from the template's components and missing-component policy");
    assertThatThrownBy(() -> CompositeRule.of("custom", Map.of("curve", " ")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("parameters.curve was ' ': must not be blank");
    assertThatThrownBy(() -> ReviewQuestion.of("q", " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("question.text was ' ': must not be blank");
    assertThatThrownBy(() -> new PhaseOverride(BEN, " ", List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("reason was ' ': must not be blank");
  }

  @Test
  void cycleStatusListsOpenWorkPerPhase() {
    ReviewCycle cycle = ReviewFixtures.cycle();
    Review mgrAna = ReviewFixtures.review("mgr-ana", ANA, CAT, ReviewRole.MANAGER);
    Review peerAna = ReviewFixtures.review("peer-ana", ANA, BEN, ReviewRole.PEER);
    Review upward = ReviewFixtures.review("up-cat", CAT, ANA, ReviewRole.UPWARD);
    Review otherCycle = Review.builder().id(ReviewId.of("other")).cycle(ReviewCycleId.of("2025-h2")).subject(BEN).author(CAT)
        .role(ReviewRole.MANAGER).build();
    // the manager due date is 2026-07-20: on it nothing is overdue, a day later the manager's reviews are
    CycleStatus onDue = CycleStatus.of(cycle, List.of(upward, peerAna, mgrAna, otherCycle), Set.of(ANA, BEN), Set.of(), LocalDate.of(2026, 7, 20));
    assertThat(onDue.overdueByManager()).isEmpty();
    assertThat(onDue.pending(ReviewRole.MANAGER)).containsExactly(ReviewId.of("mgr-ana"));
    assertThat(onDue.pending(ReviewRole.SELF)).isEmpty();
    assertThat(onDue.pendingIn(ReviewPhase.MANAGER_REVIEW).keySet()).containsExactly(ReviewRole.MANAGER, ReviewRole.PEER, ReviewRole.UPWARD);
    assertThat(onDue.pendingIn(ReviewPhase.SELF_REVIEW)).isEmpty();
    assertThat(onDue.openWork(ReviewPhase.GOAL_SETTING)).isEmpty();
    assertThat(onDue.openWork(ReviewPhase.MANAGER_REVIEW)).containsExactly(
        "1 MANAGER reviews unsubmitted: [mgr-ana]", "1 PEER reviews unsubmitted: [peer-ana]", "1 UPWARD reviews unsubmitted: [up-cat]");
    assertThat(onDue.openWork(ReviewPhase.CALIBRATION)).containsExactly("1 MANAGER reviews unsubmitted: [mgr-ana]");
    assertThat(onDue.openWork(ReviewPhase.FINALISED)).isEmpty();
    assertThat(onDue.withoutFeedback()).containsExactly(ANA, BEN);
    assertThat(onDue.participants()).containsExactly(ANA, BEN);
    assertThat(onDue.cycle()).isEqualTo(cycle.id());
    assertThat(onDue.phase()).isEqualTo(ReviewPhase.PLANNED);

    CycleStatus late = CycleStatus.of(cycle, List.of(upward, peerAna, mgrAna), Set.of(ANA), Set.of(ANA, BEN), LocalDate.of(2026, 7, 21));
    // PEER and UPWARD have no due date in this cycle; the manager review is overdue with its author
    assertThat(late.overdueByManager()).isEqualTo(Map.of(CAT, List.of(ReviewId.of("mgr-ana"))));
    assertThat(late.openWork(ReviewPhase.GOAL_SETTING)).containsExactly("1 participants without goals: [ben]");
    assertThat(late.withoutFeedback()).isEmpty();

    Review done = submittedManagerReview("mgr-ana", ANA, CAT, GOOD);
    CycleStatus calibrated = CycleStatus.of(cycle, List.of(done), Set.of(ANA, BEN), Set.of(), LocalDate.of(2026, 7, 21));
    assertThat(calibrated.openWork(ReviewPhase.CALIBRATION)).isEmpty();
    assertThat(calibrated.pending()).isEmpty();
  }

  @Test
  void aCycleIsCreatedWithItsParticipantsAndErasedByPseudonym() {
    ReviewCycle cycle = ReviewFixtures.cycle();
    Change<ReviewCycle> created = ReviewCycle.create(cycle, CLOCK);
    assertThat(created.events()).containsExactly(
        new CycleCreated(cycle.id(), TEMPLATE.id(), ReviewFixtures.H1, CLOCK.instant()),
        new ParticipantsEnrolled(cycle.id(), cycle.participants(), CLOCK.instant()));
    ReviewCycle nobody = ReviewCycle.builder().id(ReviewCycleId.of("c")).name("C").period(ReviewFixtures.H1).template(TEMPLATE.id()).build();
    assertThat(ReviewCycle.create(nobody, CLOCK).events())
        .containsExactly(new CycleCreated(ReviewCycleId.of("c"), TEMPLATE.id(), ReviewFixtures.H1, CLOCK.instant()));
    assertThat(nobody.enrol(Set.of(CAT), CLOCK).events())
        .containsExactly(new ParticipantsEnrolled(ReviewCycleId.of("c"), new java.util.TreeSet<>(Set.of(CAT)), CLOCK.instant()));
    assertThatThrownBy(() -> nobody.enrol(Set.of(), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("people was []: must name at least one person");
    assertThatThrownBy(() -> ReviewCycle.builder().id(ReviewCycleId.of("c")).name(" ").period(ReviewFixtures.H1).template(TEMPLATE.id()).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("name was ' ': must not be blank");

    CycleStatus open = CycleStatus.of(cycle, List.of(), Set.of(), Set.of(), LocalDate.of(2026, 7, 1));
    ReviewCycle goals = cycle.advance(open, CLOCK).value();
    CycleStatus noGoals = CycleStatus.of(goals, List.of(), Set.of(), Set.of(), LocalDate.of(2026, 7, 1));
    assertThatThrownBy(() -> goals.advance(noGoals, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("phase was IN_PROGRESS: cannot be reached while GOAL_SETTING has open work [2 participants without goals: [ana, ben]];"
            + " HR may close the phase with a reason");
    assertThatThrownBy(() -> goals.advance(open, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("status was '2026-h1@PLANNED': must be the status of cycle 2026-h1 in phase GOAL_SETTING");
    Change<ReviewCycle> overridden = goals.advanceOverriding(noGoals, CAT, "Deadline", CLOCK);
    PhaseOverride override = new PhaseOverride(CAT, "Deadline", List.of("2 participants without goals: [ana, ben]"));
    assertThat(overridden.value().overrides()).isEqualTo(Map.of(ReviewPhase.GOAL_SETTING, override));
    assertThat(overridden.events()).containsExactly(
        new CyclePhaseChanged(cycle.id(), ReviewPhase.GOAL_SETTING, ReviewPhase.IN_PROGRESS, Optional.of(override), CLOCK.instant()));
    assertThatThrownBy(() -> ReviewCycle.create(overridden.value(), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("phase was IN_PROGRESS: must be PLANNED for a new cycle");
    assertThatThrownBy(() -> goals.advanceOverriding(noGoals, CAT, " ", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("reason was ' ': must not be blank");

    ReviewCycle erased = overridden.value().erasing(CAT, EmployeeId.of("erased-1"));
    assertThat(erased.overrides().get(ReviewPhase.GOAL_SETTING).actor()).isEqualTo(EmployeeId.of("erased-1"));
    assertThat(erased.participants()).containsExactly(ANA, BEN);
    assertThat(overridden.value().names(CAT)).isTrue();
    assertThat(overridden.value().names(ANA)).isTrue();
    assertThat(overridden.value().names(EmployeeId.of("zed"))).isFalse();
    ReviewCycle anaErased = overridden.value().erasing(ANA, EmployeeId.of("erased-2"));
    assertThat(anaErased.participants()).containsExactly(BEN, EmployeeId.of("erased-2"));
    assertThat(anaErased.overrides().get(ReviewPhase.GOAL_SETTING).actor()).isEqualTo(CAT);
    assertThat(cycle.erasing(EmployeeId.of("zed"), EmployeeId.of("erased-3"))).isSameAs(cycle);
  }
}
