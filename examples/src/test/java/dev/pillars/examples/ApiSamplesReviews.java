package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.review.CompositeRule;
import dev.pillars.core.review.CycleCreated;
import dev.pillars.core.review.CyclePhaseChanged;
import dev.pillars.core.review.CycleStatus;
import dev.pillars.core.review.GoalRating;
import dev.pillars.core.review.ParticipantsEnrolled;
import dev.pillars.core.review.PhaseOverride;
import dev.pillars.core.review.ProposedRating;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewAcknowledged;
import dev.pillars.core.review.ReviewAmended;
import dev.pillars.core.review.ReviewAssigned;
import dev.pillars.core.review.ReviewContent;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewDrafted;
import dev.pillars.core.review.ReviewId;
import dev.pillars.core.review.ReviewPhase;
import dev.pillars.core.review.ReviewQuestion;
import dev.pillars.core.review.ReviewRevision;
import dev.pillars.core.review.ReviewRole;
import dev.pillars.core.review.ReviewSubmitted;
import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.core.review.TemplateDefined;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.review.FeedbackSource;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.ReviewCycleRepository;
import dev.pillars.persistence.spi.ReviewRepository;
import dev.pillars.persistence.spi.ReviewTemplateRepository;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.scoring.review.ReviewScore;
import dev.pillars.scoring.review.ReviewScoring;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/** Samples of the review types for the public API's sanity tests. */
final class ApiSamplesReviews {
  private ApiSamplesReviews() {}

  static void add(ApiSamples s) {
    Clock clock = AcmeFirm.CLOCK;
    Instant at = clock.instant();
    EmployeeId ana = EmployeeId.of("ana");
    EmployeeId ben = EmployeeId.of("ben");
    ReviewCycleId cycleId = ReviewCycleId.of("2026-h1");
    ReviewId reviewId = ReviewId.of("2026-h1:manager:ben");
    Period h1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    ReviewTemplate template = ReviewChapter.TEMPLATE;
    s.add(ReviewTemplateId.class, template.id());
    s.add(ReviewId.class, reviewId);
    s.add(ReviewQuestion.class, ReviewQuestion.of("next", "What next?"));
    s.add(CompositeRule.class, CompositeRule.weighted());
    s.add(GoalRating.class, GoalRating.of(4, 1));
    ReviewContent content = ReviewContent.empty().withGoal(GoalId.of("g1"), 4, 1)
        .withCompetency(CompetencyId.of("craft"), 3).withAnswer("next", "Lead a workshop").withProposedRating(4);
    s.add(ReviewContent.class, content);
    s.add(ReviewTemplate.class, template);
    s.add(ReviewTemplate.Builder.class, ReviewTemplate.builder());
    ReviewCycle cycle = ReviewCycle.builder().id(cycleId).name("2026 first half").period(h1).template(template.id())
        .addParticipants(ben).build();
    s.add(ReviewCycle.class, cycle);
    s.add(ReviewCycle.Builder.class, ReviewCycle.builder());
    Review review = Review.builder().id(reviewId).cycle(cycleId).subject(ben).author(ana).role(ReviewRole.MANAGER).build()
        .edit(template, content, clock).value().submit(template, clock).value();
    s.add(Review.class, review);
    s.add(Review.Builder.class, Review.builder());
    s.add(ReviewRevision.class, review.revision(1));
    PhaseOverride override = new PhaseOverride(ana, "late", List.of("1 participants without goals: [ben]"));
    s.add(PhaseOverride.class, override);
    s.add(CycleStatus.class, CycleStatus.of(cycle, List.of(review), Set.of(ben), Set.of(), LocalDate.of(2026, 7, 1)));
    s.add(ProposedRating.class, new ProposedRating(reviewId, ben, ana, 4));
    s.add(TemplateDefined.class, new TemplateDefined(template.id(), template.name(), at));
    s.add(CycleCreated.class, new CycleCreated(cycleId, template.id(), h1, at));
    s.add(ParticipantsEnrolled.class, new ParticipantsEnrolled(cycleId, new TreeSet<>(Set.of(ben)), at));
    s.add(CyclePhaseChanged.class, new CyclePhaseChanged(cycleId, ReviewPhase.PLANNED, ReviewPhase.GOAL_SETTING, Optional.empty(), at));
    s.add(ReviewAssigned.class, new ReviewAssigned(reviewId, cycleId, ben, ana, ReviewRole.MANAGER, at));
    s.add(ReviewDrafted.class, new ReviewDrafted(reviewId, at));
    s.add(ReviewSubmitted.class, new ReviewSubmitted(reviewId, cycleId, ben, ReviewRole.MANAGER, at));
    s.add(ReviewAmended.class, new ReviewAmended(reviewId, 2, ana, "calibrated", at));
    s.add(ReviewAcknowledged.class, new ReviewAcknowledged(reviewId, ben, at));
    ReviewScoring scoring = ReviewScoring.builtIns();
    s.add(ReviewScoring.class, scoring);
    ReviewScore score = scoring.score(template, content, OptionalDouble.of(4));
    s.add(ReviewScore.class, score);
    s.add(dev.pillars.scoring.Outcome.class, score.outcome());
    UnitOfWork work = MemoryStore.create().forTenant(dev.pillars.core.TenantId.of("acme")).begin();
    s.add(ReviewTemplateRepository.class, work.reviewTemplates());
    s.add(ReviewCycleRepository.class, work.reviewCycles());
    s.add(ReviewRepository.class, work.reviews());
    s.add(FeedbackSource.class, FeedbackSource.none());
    s.add(Resource.OfReview.class, Resource.ofReview("review r", ben, ana, false));
    s.add(dev.pillars.engine.review.ReviewService.class, dev.pillars.engine.Pillars.builder().store(MemoryStore.create())
        .clock(clock).build().tenant(dev.pillars.core.TenantId.of("acme"))
        .as(dev.pillars.engine.access.Actor.person(ana)).reviews());
  }
}
