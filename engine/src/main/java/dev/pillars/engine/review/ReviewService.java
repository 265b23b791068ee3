package dev.pillars.engine.review;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.review.CycleStatus;
import dev.pillars.core.review.ProposedRating;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewContent;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewId;
import dev.pillars.core.review.ReviewPhase;
import dev.pillars.core.review.ReviewRole;
import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Effect;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.scoring.review.ReviewScore;
import dev.pillars.scoring.review.ReviewScoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The review workflows of one tenant, for one actor: templates, cycles through their guarded
 * phases, reviews by role with snapshots and amendments, scores with receipts, and a cycle's
 * status.
 *
 * <p>Every method checks the actor's access (throwing {@link
 * dev.pillars.engine.access.AccessDeniedException}), applies the domain rule of core's review
 * package, saves in one unit of work, commits and then delivers the events; a method that throws
 * has changed nothing. Templates and cycles are managed with {@link Action#MANAGE_REVIEW_CYCLE}
 * (an HR grant); reviews follow the standard policy's review rules: the author writes and amends,
 * the person reviewed reads and acknowledges once the cycle is {@linkplain
 * ReviewPhase#sharesReviews() finalised}, a manager reads their reports' reviews, and a peer only
 * what they wrote.
 *
 * <p><b>Nobody in two overlapping cycles of the same template.</b> Creating a cycle and enrolling
 * people read the template's cycles from the store and refuse anyone already in an overlapping
 * one; both also write the template (a new version, same content), so that two such writes
 * running at once conflict and the second is repeated on fresh data.
 *
 * <pre>{@code
 * ReviewService reviews = pillars.tenant(acme).as(hr).reviews();
 * reviews.defineTemplate(template);
 * reviews.createCycle(cycle);
 * reviews.assignReviews(cycle.id());     // a self and a manager review per participant
 * reviews.advance(cycle.id());           // PLANNED -> GOAL_SETTING, guarded
 * }</pre>
 */
public final class ReviewService {
  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.reviews()}.
   *
   * @param call the call context
   */
  public ReviewService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Defines a review template.
   *
   * @param template the template, with an id the tenant does not have yet
   * @return the template as stored
   * @throws NullPointerException if {@code template} is null
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage cycles
   */
  public ReviewTemplate defineTemplate(ReviewTemplate template) {
    requireNonNull(template, "template");
    return call.write("define review template", work -> {
      work.require(Action.MANAGE_REVIEW_CYCLE, Resource.ofTenant("review template " + template.id()));
      Change<ReviewTemplate> change = ReviewTemplate.define(template, call.clock());
      work.repositories().reviewTemplates().insert(change.value());
      return Outcome.of(change.value(), change, Effect.NONE, "review-template:" + template.id());
    });
  }

  /**
   * Creates a cycle in phase {@link ReviewPhase#PLANNED}.
   *
   * @param cycle the cycle, with an id the tenant does not have yet and a defined template
   * @return the cycle as stored
   * @throws NullPointerException if {@code cycle} is null
   * @throws UnknownReferenceException if the template is not defined
   * @throws InvalidInputException if the cycle is not new, or a participant is in an overlapping
   *     cycle of the same template
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage cycles
   */
  public ReviewCycle createCycle(ReviewCycle cycle) {
    requireNonNull(cycle, "cycle");
    return call.write("create review cycle", work -> {
      work.require(Action.MANAGE_REVIEW_CYCLE, Resource.ofTenant("review cycle " + cycle.id()));
      Change<ReviewCycle> change = ReviewCycle.create(cycle, call.clock());
      requireNoOverlap(work.repositories(), change.value());
      work.repositories().reviewCycles().insert(change.value());
      return Outcome.of(change.value(), change, Effect.NONE, cycleKey(cycle.id()));
    });
  }

  /**
   * Enrols more people in a cycle, before its self reviews start.
   *
   * @param cycle the cycle
   * @param people the people, none enrolled yet, none in an overlapping cycle of the same template
   * @return the cycle as stored
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such cycle
   * @throws InvalidInputException if someone is enrolled already or in an overlapping cycle, or
   *     the cycle is past enrolling
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage cycles
   */
  public ReviewCycle enrol(ReviewCycleId cycle, Set<EmployeeId> people) {
    requireNonNull(people, "people");
    return call.write("enrol in review cycle", work -> {
      Versioned<ReviewCycle> stored = manageCycle(work, cycle);
      Change<ReviewCycle> change = stored.value().enrol(people, call.clock());
      requireNoOverlap(work.repositories(), change.value());
      work.repositories().reviewCycles().update(change.value(), stored.version());
      return Outcome.of(change.value(), change, Effect.NONE, cycleKey(cycle));
    });
  }

  /**
   * Assigns the standard reviews of a cycle: for each participant a self review (if the template
   * asks for one) and a review by their manager in the organisation (if the template asks for one
   * and they have a manager). Reviews assigned before are left as they are.
   *
   * @param cycle the cycle, before it is finalised
   * @return the reviews assigned by this call, in id order
   * @throws NullPointerException if {@code cycle} is null
   * @throws UnknownReferenceException if the tenant has no such cycle or template
   * @throws InvalidInputException if the cycle is finalised or closed
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage cycles
   */
  public List<Review> assignReviews(ReviewCycleId cycle) {
    return call.write("assign reviews", work -> {
      ReviewCycle found = manageCycle(work, cycle).value();
      requireOpen(found);
      ReviewTemplate template = template(work.repositories(), found.template());
      Organisation organisation = work.repositories().organisation().snapshot();
      List<Review> assigned = new ArrayList<>();
      List<DomainEvent> events = new ArrayList<>();
      for (EmployeeId person : found.participants()) {
        if (template.roles().contains(ReviewRole.SELF)) {
          assign(work.repositories(), found, person, person, ReviewRole.SELF, assigned, events);
        }
        Optional<EmployeeId> manager = organisation.employee(person).flatMap(e -> e.manager());
        if (template.roles().contains(ReviewRole.MANAGER) && manager.isPresent()) {
          assign(work.repositories(), found, person, manager.get(), ReviewRole.MANAGER, assigned, events);
        }
      }
      assigned.sort(Comparator.comparing(Review::id));
      return new Outcome<>(List.copyOf(assigned), events, Effect.NONE, cycleKey(cycle));
    });
  }

  /**
   * Asks someone for a review of a participant in a role, such as a peer or an upward review.
   *
   * @param cycle the cycle, before it is finalised
   * @param subject the participant to review
   * @param author who writes it; the subject for a self review, anyone else otherwise
   * @param role the role, one the template asks
   * @return the review, not started
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such cycle or template
   * @throws InvalidInputException if the subject is not a participant, the template does not ask
   *     the role, the cycle is finalised, or such a review exists
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage cycles
   */
  public Review requestReview(ReviewCycleId cycle, EmployeeId subject, EmployeeId author, ReviewRole role) {
    requireNonNull(subject, "subject");
    requireNonNull(author, "author");
    requireNonNull(role, "role");
    return call.write("request review", work -> {
      ReviewCycle found = manageCycle(work, cycle).value();
      requireOpen(found);
      Checks.require(found.participants().contains(subject), "subject", subject, "must be a participant of cycle " + cycle);
      ReviewTemplate template = template(work.repositories(), found.template());
      Checks.require(template.roles().contains(role), "role", role, "must be one of the roles template " + template.id() + " asks: " + template.roles());
      List<Review> assigned = new ArrayList<>();
      List<DomainEvent> events = new ArrayList<>();
      assign(work.repositories(), found, subject, author, role, assigned, events);
      Checks.require(!assigned.isEmpty(), "review", reviewId(cycle, subject, author, role), "must not exist already");
      return new Outcome<>(assigned.get(0), events, Effect.NONE, reviewKey(assigned.get(0).id()));
    });
  }

  /**
   * Moves a cycle to its next phase; the current phase's work must be done (see {@link
   * CycleStatus#openWork(ReviewPhase)}).
   *
   * @param cycle the cycle
   * @return the cycle as stored
   * @throws NullPointerException if {@code cycle} is null
   * @throws UnknownReferenceException if the tenant has no such cycle
   * @throws InvalidInputException if work is open, or the cycle is closed
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage cycles
   */
  public ReviewCycle advance(ReviewCycleId cycle) {
    return call.write("advance review cycle", work -> {
      Versioned<ReviewCycle> stored = manageCycle(work, cycle);
      CycleStatus status = status(work.repositories(), stored.value(), FeedbackSource.none());
      Change<ReviewCycle> change = stored.value().advance(status, call.clock());
      work.repositories().reviewCycles().update(change.value(), stored.version());
      return Outcome.of(change.value(), change, Effect.NONE, cycleKey(cycle));
    });
  }

  /**
   * Closes a cycle's phase although its work may be open: HR's override, kept in the cycle with
   * the reason and what was open. Finalising still needs every manager review submitted.
   *
   * @param cycle the cycle
   * @param reason why, not blank
   * @return the cycle as stored
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such cycle
   * @throws InvalidInputException if the actor is not a person, the reason is blank, the cycle is
   *     closed, or it would be finalised with unsubmitted manager reviews
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage cycles
   */
  public ReviewCycle closePhase(ReviewCycleId cycle, String reason) {
    requireNonNull(reason, "reason");
    EmployeeId actor = person("close a phase with open work");
    return call.write("close review phase", work -> {
      Versioned<ReviewCycle> stored = manageCycle(work, cycle);
      CycleStatus status = status(work.repositories(), stored.value(), FeedbackSource.none());
      Change<ReviewCycle> change = stored.value().advanceOverriding(status, actor, reason, call.clock());
      work.repositories().reviewCycles().update(change.value(), stored.version());
      return Outcome.of(change.value(), change, Effect.NONE, cycleKey(cycle));
    });
  }

  /**
   * Returns where a cycle stands: participants, pending reviews per role, people without goals in
   * the period (from the goal repository), people without feedback in it (from {@code feedback}),
   * and overdue reviews per manager as of the engine's clock.
   *
   * @param cycle the cycle
   * @param feedback who received feedback; {@link FeedbackSource#none()} if the host has none
   * @return the status
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such cycle
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage cycles
   */
  public CycleStatus status(ReviewCycleId cycle, FeedbackSource feedback) {
    requireNonNull(feedback, "feedback");
    return call.read(scope -> status(scope.repositories(), manageCycle(scope, cycle).value(), feedback));
  }

  /**
   * Returns the proposed overall ratings of a cycle's submitted manager reviews, each with the
   * manager who rated: what calibration reads.
   *
   * @param cycle the cycle
   * @return the proposed ratings, in the order of the people rated
   * @throws NullPointerException if {@code cycle} is null
   * @throws UnknownReferenceException if the tenant has no such cycle
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage cycles
   */
  public List<ProposedRating> proposedRatings(ReviewCycleId cycle) {
    return call.read(scope -> {
      manageCycle(scope, cycle);
      return ProposedRating.of(reviewsOf(scope.repositories(), cycle));
    });
  }

  /**
   * Replaces a review's draft.
   *
   * @param review the review, not submitted yet
   * @param content the draft, fitting the template
   * @return the review as stored
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such review
   * @throws InvalidInputException if the review is submitted, the content does not fit, or the
   *     cycle is not between its self reviews and its finalisation
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor is not the author
   */
  public Review edit(ReviewId review, ReviewContent content) {
    requireNonNull(content, "content");
    return change("edit review", review, Action.WRITE_REVIEW, true, (r, template) -> r.edit(template, content, call.clock()));
  }

  /**
   * Submits a review's draft: it becomes a snapshot that only amendments change.
   *
   * @param review the review
   * @return the review as stored
   * @throws NullPointerException if {@code review} is null
   * @throws UnknownReferenceException if the tenant has no such review
   * @throws InvalidInputException if the review is submitted already, its draft is empty, or the
   *     cycle is not between its self reviews and its finalisation
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor is not the author
   */
  public Review submit(ReviewId review) {
    return change("submit review", review, Action.WRITE_REVIEW, true, (r, template) -> r.submit(template, call.clock()));
  }

  /**
   * Amends a submitted review with a reason, keeping every earlier revision.
   *
   * @param review the review, submitted
   * @param content the new content, fitting the template
   * @param reason why, not blank
   * @return the review as stored
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such review
   * @throws InvalidInputException if the actor is not a person, the review is not submitted, the
   *     content is the current one or does not fit, or the reason is blank
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor is neither the author nor
   *     HR with {@link Action#AMEND_REVIEW}
   */
  public Review amend(ReviewId review, ReviewContent content, String reason) {
    requireNonNull(content, "content");
    requireNonNull(reason, "reason");
    EmployeeId actor = person("amend a review");
    return change("amend review", review, Action.AMEND_REVIEW, false,
        (r, template) -> r.amend(template, content, actor, reason, call.clock()));
  }

  /**
   * Acknowledges a review shared with the actor.
   *
   * @param review the review, submitted, of a finalised cycle, about the actor
   * @return the review as stored
   * @throws NullPointerException if {@code review} is null
   * @throws UnknownReferenceException if the tenant has no such review
   * @throws dev.pillars.core.IllegalTransitionException if it is acknowledged already
   * @throws dev.pillars.engine.access.AccessDeniedException if the review is not the actor's or not
   *     shared yet
   */
  public Review acknowledge(ReviewId review) {
    return change("acknowledge review", review, Action.ACKNOWLEDGE_REVIEW, false, (r, template) -> r.acknowledge(call.clock()));
  }

  /**
   * Returns a review with its whole history.
   *
   * @param review the review
   * @return the review, or empty if the tenant has none with that id
   * @throws NullPointerException if {@code review} is null
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read it
   */
  public Optional<Review> find(ReviewId review) {
    requireNonNull(review, "review");
    return call.read(scope -> {
      Optional<Review> found = scope.repositories().reviews().find(review).map(Versioned::value);
      found.ifPresent(r -> scope.require(Action.VIEW_REVIEW, resource(r, cycle(scope.repositories(), r.cycle()))));
      return found;
    });
  }

  /**
   * Returns the reviews of one person that the actor may read, in every cycle: for the person
   * themself those they wrote and those shared with them, for a peer only what they wrote.
   *
   * @param subject the person reviewed
   * @return the readable reviews, in id order
   * @throws NullPointerException if {@code subject} is null
   */
  public List<Review> reviewsOf(EmployeeId subject) {
    requireNonNull(subject, "subject");
    return call.read(scope -> {
      List<Review> all;
      try (Stream<Versioned<Review>> reviews = scope.repositories().reviews().streamBySubject(subject)) {
        all = reviews.map(Versioned::value).sorted(Comparator.comparing(Review::id)).collect(Collectors.toList());
      }
      List<Review> readable = new ArrayList<>();
      for (Review review : all) {
        try {
          scope.require(Action.VIEW_REVIEW, resource(review, cycle(scope.repositories(), review.cycle())));
          readable.add(review);
        } catch (dev.pillars.engine.access.AccessDeniedException hidden) {
          // not the actor's to read: left out
        }
      }
      return List.copyOf(readable);
    });
  }

  /**
   * Returns a review's overall score from its template's composite strategy, with its receipt: of
   * the submitted content (the latest revision), or of the draft before submission.
   *
   * @param review the review
   * @param feedback where the feedback component comes from; {@link FeedbackSource#none()} leaves
   *     it absent, as the template's missing-component policy then decides
   * @return the score
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such review
   * @throws InvalidInputException if the template's policy rejects an absent component
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read it
   */
  public ReviewScore score(ReviewId review, FeedbackSource feedback) {
    requireNonNull(review, "review");
    requireNonNull(feedback, "feedback");
    return call.read(scope -> {
      Review found = scope.repositories().reviews().find(review).map(Versioned::value)
          .orElseThrow(() -> unknown("review", review));
      ReviewCycle cycle = cycle(scope.repositories(), found.cycle());
      scope.require(Action.VIEW_REVIEW, resource(found, cycle));
      ReviewTemplate template = template(scope.repositories(), cycle.template());
      return ReviewScoring.builtIns().score(template, found.content(), feedback.score(found.subject(), cycle.period()));
    });
  }

  private Review change(String operation, ReviewId review, Action action, boolean writing, ReviewRule rule) {
    requireNonNull(review, "review");
    return call.write(operation, work -> {
      Versioned<Review> stored = work.repositories().reviews().find(review).orElseThrow(() -> unknown("review", review));
      ReviewCycle cycle = cycle(work.repositories(), stored.value().cycle());
      work.require(action, resource(stored.value(), cycle));
      if (writing) {
        Checks.require(
            cycle.phase().compareTo(ReviewPhase.IN_PROGRESS) > 0 && !cycle.phase().sharesReviews(),
            "phase",
            cycle.phase(),
            "must be from SELF_REVIEW to CALIBRATION to write reviews of cycle " + cycle.id());
      } else {
        Checks.require(cycle.phase() != ReviewPhase.CLOSED, "phase", cycle.phase(), "must not be CLOSED to change reviews of cycle " + cycle.id());
      }
      Change<Review> change = rule.apply(stored.value(), template(work.repositories(), cycle.template()));
      Versioned<Review> saved = work.repositories().reviews().update(change.value(), stored.version());
      return Outcome.of(saved.value(), change, Effect.NONE, reviewKey(review));
    });
  }

  /** A review's domain rule: the review and its template before, the change after. */
  @FunctionalInterface
  private interface ReviewRule {
    Change<Review> apply(Review review, ReviewTemplate template);
  }

  private void assign(
      Repositories repositories, ReviewCycle cycle, EmployeeId subject, EmployeeId author, ReviewRole role,
      List<Review> assigned, List<DomainEvent> events) {
    ReviewId id = reviewId(cycle.id(), subject, author, role);
    if (repositories.reviews().find(id).isPresent()) {
      return;
    }
    Change<Review> change = Review.assign(
        Review.builder().id(id).cycle(cycle.id()).subject(subject).author(author).role(role).build(), call.clock());
    repositories.reviews().insert(change.value());
    assigned.add(change.value());
    events.addAll(change.events());
  }

  private CycleStatus status(Repositories repositories, ReviewCycle cycle, FeedbackSource feedback) {
    Set<EmployeeId> withGoals = new HashSet<>();
    Set<EmployeeId> withFeedback = new HashSet<>();
    for (EmployeeId person : cycle.participants()) {
      try (Stream<Versioned<Goal>> goals = repositories.goals().streamByOwner(GoalOwner.employee(person))) {
        if (goals.map(Versioned::value).anyMatch(g -> g.status() != GoalStatus.CANCELLED && g.period().overlaps(cycle.period()))) {
          withGoals.add(person);
        }
      }
      if (feedback.received(person, cycle.period())) {
        withFeedback.add(person);
      }
    }
    LocalDate today = LocalDate.ofInstant(call.clock().instant(), call.clock().getZone());
    return CycleStatus.of(cycle, reviewsOf(repositories, cycle.id()), withGoals, withFeedback, today);
  }

  private static List<Review> reviewsOf(Repositories repositories, ReviewCycleId cycle) {
    try (Stream<Versioned<Review>> reviews = repositories.reviews().streamByCycle(cycle)) {
      return reviews.map(Versioned::value).collect(Collectors.toList());
    }
  }

  /** Refuses a cycle whose participants are in another overlapping cycle of the same template. */
  private static void requireNoOverlap(Repositories repositories, ReviewCycle cycle) {
    Versioned<ReviewTemplate> template = repositories.reviewTemplates().find(cycle.template())
        .orElseThrow(() -> unknown("template", cycle.template()));
    List<ReviewCycle> siblings;
    try (Stream<Versioned<ReviewCycle>> all = repositories.reviewCycles().streamByTemplate(cycle.template())) {
      siblings = all.map(Versioned::value).sorted(Comparator.comparing(ReviewCycle::id)).collect(Collectors.toList());
    }
    for (ReviewCycle other : siblings) {
      SortedSet<EmployeeId> shared = cycle.sharedParticipants(other);
      Checks.require(shared.isEmpty(), "participants", shared,
          "must not be in cycle " + other.id() + " too, which has the same template and an overlapping period " + other.period());
    }
    repositories.reviewTemplates().update(template.value(), template.version());
  }

  private static ReviewCycle cycle(Repositories repositories, ReviewCycleId cycle) {
    return repositories.reviewCycles().find(cycle).map(Versioned::value).orElseThrow(() -> unknown("cycle", cycle));
  }

  private static ReviewTemplate template(Repositories repositories, ReviewTemplateId template) {
    return repositories.reviewTemplates().find(template).map(Versioned::value).orElseThrow(() -> unknown("template", template));
  }

  private static Versioned<ReviewCycle> manageCycle(Call.Scope scope, ReviewCycleId cycle) {
    requireNonNull(cycle, "cycle");
    scope.require(Action.MANAGE_REVIEW_CYCLE, Resource.ofTenant("review cycle " + cycle));
    return scope.repositories().reviewCycles().find(cycle).orElseThrow(() -> unknown("cycle", cycle));
  }

  private static void requireOpen(ReviewCycle cycle) {
    Checks.require(!cycle.phase().sharesReviews(), "phase", cycle.phase(), "must be before FINALISED to assign reviews in cycle " + cycle.id());
  }

  private EmployeeId person(String what) {
    Actor actor = call.actor();
    if (actor instanceof Actor.Person person) {
      return person.employee();
    }
    throw new InvalidInputException("actor", actor.name(), "must be a person to " + what + ", who is named in the history");
  }

  private static Resource resource(Review review, ReviewCycle cycle) {
    return Resource.ofReview("review " + review.id(), review.subject(), review.author(),
        review.status().isSubmitted() && cycle.phase().sharesReviews());
  }

  /** Returns the id the service gives a review: cycle, role and subject, and the author unless self or manager. */
  static ReviewId reviewId(ReviewCycleId cycle, EmployeeId subject, EmployeeId author, ReviewRole role) {
    String base = cycle.value() + ":" + role.name().toLowerCase(Locale.ROOT) + ":" + subject.value();
    return ReviewId.of(role == ReviewRole.SELF || role == ReviewRole.MANAGER ? base : base + ":" + author.value());
  }

  private static UnknownReferenceException unknown(String field, Object id) {
    return new UnknownReferenceException(field, id, "must name a " + field + " of the tenant");
  }

  private static String cycleKey(ReviewCycleId cycle) {
    return "review-cycle:" + cycle.value();
  }

  private static String reviewKey(ReviewId review) {
    return "review:" + review.value();
  }

  @Override
  public String toString() {
    return "ReviewService[" + call.tenant().value() + " as " + call.actor().name() + "]";
  }
}
