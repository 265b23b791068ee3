package dev.pillars.core.review;

import dev.pillars.core.Checks;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.value.PillarsStyle;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One author's review of one person in one cycle, in one role, with its whole history.
 *
 * <p>A review starts {@link ReviewStatus#NOT_STARTED} ({@link #assign}), takes drafts ({@link
 * #edit}), is submitted ({@link #submit}) and acknowledged by the person reviewed ({@link
 * #acknowledge}). Submitting freezes the draft into revision 1, a snapshot: it holds the ratings
 * and the goal weights as they were, so later changes to goals or KPIs never rewrite it. After that
 * the review changes only through {@link #amend}, which adds a revision with its actor, time and
 * reason and keeps every earlier one, so any past state can be read back ({@link #asOf}, {@link
 * #revision}).
 *
 * <p>Each method returns a {@link Change} with the new review and its {@link ReviewEvent}, and
 * rejects an illegal request with an {@link dev.pillars.core.InvalidInputException} without
 * changing anything.
 */
@Value.Immutable
@PillarsStyle
public abstract class Review {
  Review() {}

  /**
   * Returns the review's id.
   *
   * @return the id
   */
  public abstract ReviewId id();

  /**
   * Returns the cycle the review belongs to.
   *
   * @return the cycle's id
   */
  public abstract ReviewCycleId cycle();

  /**
   * Returns who is reviewed.
   *
   * @return the subject
   */
  public abstract EmployeeId subject();

  /**
   * Returns who writes the review: the subject for a self review.
   *
   * @return the author
   */
  public abstract EmployeeId author();

  /**
   * Returns the author's role.
   *
   * @return the role
   */
  public abstract ReviewRole role();

  /**
   * Returns the status; {@link ReviewStatus#NOT_STARTED} unless set.
   *
   * @return the status
   */
  @Value.Default
  public ReviewStatus status() {
    return ReviewStatus.NOT_STARTED;
  }

  /**
   * Returns the draft being written; what was submitted is in {@link #revisions()}.
   *
   * @return the draft, empty unless set
   */
  @Value.Default
  public ReviewContent draft() {
    return ReviewContent.empty();
  }

  /**
   * Returns every submitted state, oldest first: the submission, then each amendment.
   *
   * @return the revisions, numbered from 1; empty before submission
   */
  public abstract List<ReviewRevision> revisions();

  /**
   * Returns when the subject acknowledged the review.
   *
   * @return the instant, present exactly when the status is {@link ReviewStatus#ACKNOWLEDGED}
   */
  public abstract Optional<Instant> acknowledgedAt();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the review as it stands now: the latest revision once submitted.
   *
   * @return the latest revision, or empty before submission
   */
  public Optional<ReviewRevision> submitted() {
    List<ReviewRevision> all = revisions();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * Returns the content as it stands now: the latest revision's once submitted, else the draft.
   *
   * @return the content
   */
  public ReviewContent content() {
    return submitted().map(ReviewRevision::content).orElse(draft());
  }

  /**
   * Returns the submitted state in force at an instant: the latest revision made at or before it.
   *
   * @param instant the instant
   * @return the revision, or empty if the review was not submitted by then
   * @throws NullPointerException if {@code instant} is null
   */
  public Optional<ReviewRevision> asOf(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    ReviewRevision found = null;
    for (ReviewRevision r : revisions()) {
      if (!r.at().isAfter(instant)) {
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns one revision by number.
   *
   * @param number the revision's number, from 1
   * @return the revision
   * @throws dev.pillars.core.InvalidInputException if there is no such revision
   */
  public ReviewRevision revision(int number) {
    Checks.inRange("revision", number, 1, Math.max(1, revisions().size()));
    Checks.require(!revisions().isEmpty(), "revision", number, "must name a revision; review " + id() + " is not submitted");
    return revisions().get(number - 1);
  }

  /**
   * Assigns a new review: returns it with the {@link ReviewAssigned} event.
   *
   * @param review the new review, not started, with no draft or revision
   * @param clock the clock that dates the event
   * @return the change
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the review is not a fresh one
   */
  public static Change<Review> assign(Review review, Clock clock) {
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(clock, "clock");
    Checks.require(
        review.status() == ReviewStatus.NOT_STARTED, "status", review.status(), "must be NOT_STARTED for a new review");
    Checks.require(review.draft().isEmpty(), "draft", review.draft(), "must be empty for a new review");
    return Change.of(
        review,
        new ReviewAssigned(review.id(), review.cycle(), review.subject(), review.author(), review.role(), clock.instant()));
  }

  /**
   * Replaces the draft. Only a review not yet submitted takes drafts.
   *
   * @param template the cycle's template, which the content must fit
   * @param content the new draft
   * @param clock the clock that dates the event
   * @return the review in progress with the new draft, and a {@link ReviewDrafted} event
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the review is submitted or the content does
   *     not fit the template
   */
  public Change<Review> edit(ReviewTemplate template, ReviewContent content, Clock clock) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(clock, "clock");
    Checks.require(
        !status().isSubmitted(),
        "status",
        status(),
        "must be NOT_STARTED or IN_PROGRESS to edit the draft; amend a submitted review instead");
    template.requireFits(role(), content);
    return Change.of(
        immutable().withStatus(ReviewStatus.IN_PROGRESS).withDraft(content), new ReviewDrafted(id(), clock.instant()));
  }

  /**
   * Submits the draft: it becomes revision 1, a snapshot.
   *
   * @param template the cycle's template, which the draft must fit
   * @param clock the clock that dates the revision
   * @return the submitted review and a {@link ReviewSubmitted} event
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.IllegalTransitionException if the review is submitted already
   * @throws dev.pillars.core.InvalidInputException if the draft is empty or does not fit the template
   */
  public Change<Review> submit(ReviewTemplate template, Clock clock) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(clock, "clock");
    status().requireCanMoveTo(ReviewStatus.SUBMITTED);
    Checks.require(!draft().isEmpty(), "draft", draft(), "must hold something to submit");
    template.requireFits(role(), draft());
    ReviewRevision first = new ReviewRevision(1, draft(), clock.instant(), author(), Optional.empty());
    return Change.of(
        rebuild(ReviewStatus.SUBMITTED, List.of(first), Optional.empty()),
        new ReviewSubmitted(id(), cycle(), subject(), role(), clock.instant()));
  }

  /**
   * Amends a submitted review: adds a revision with the new content, keeping every earlier one.
   *
   * @param template the cycle's template, which the content must fit
   * @param content the new content, different from the current
   * @param actor who amends it
   * @param reason why, not blank
   * @param clock the clock that dates the revision; not before the latest revision
   * @return the amended review and a {@link ReviewAmended} event
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the review is not submitted, the content is
   *     the current one or does not fit, the reason is blank, or the clock reads before the latest
   *     revision
   */
  public Change<Review> amend(
      ReviewTemplate template, ReviewContent content, EmployeeId actor, String reason, Clock clock) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(clock, "clock");
    Checks.require(status().isSubmitted(), "status", status(), "must be SUBMITTED or ACKNOWLEDGED to amend; edit the draft instead");
    Checks.notBlank("reason", reason);
    ReviewRevision latest = submitted().orElseThrow();
    Checks.require(!content.equals(latest.content()), "content", content, "must differ from the current revision " + latest.number());
    template.requireFits(role(), content);
    Instant at = clock.instant();
    Checks.require(!at.isBefore(latest.at()), "at", at, "must not be before the latest revision's time " + latest.at());
    ReviewRevision next = new ReviewRevision(latest.number() + 1, content, at, actor, Optional.of(reason));
    List<ReviewRevision> all = new ArrayList<>(revisions());
    all.add(next);
    return Change.of(immutable().withRevisions(all), new ReviewAmended(id(), next.number(), actor, reason, at));
  }

  /**
   * Records that the subject acknowledged the submitted review.
   *
   * @param clock the clock that dates it
   * @return the acknowledged review and a {@link ReviewAcknowledged} event
   * @throws NullPointerException if {@code clock} is null
   * @throws dev.pillars.core.IllegalTransitionException if the review is not submitted, or
   *     acknowledged already
   */
  public Change<Review> acknowledge(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    status().requireCanMoveTo(ReviewStatus.ACKNOWLEDGED);
    return Change.of(
        rebuild(ReviewStatus.ACKNOWLEDGED, revisions(), Optional.of(clock.instant())),
        new ReviewAcknowledged(id(), subject(), clock.instant()));
  }

  /**
   * Returns whether the review names a person: as its subject, its author or the actor of a
   * revision.
   *
   * @param employee the person
   * @return true if the review names them
   * @throws NullPointerException if {@code employee} is null
   */
  public boolean names(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    return subject().equals(employee) || author().equals(employee)
        || revisions().stream().anyMatch(r -> r.actor().equals(employee));
  }

  /**
   * Returns the review as an erasure leaves it: the erased person's id replaced by the pseudonym
   * wherever it appears, and, if the erased person wrote the review, their words (answers and
   * comment, in the draft and in every revision) removed. Ratings, weights, times and amendment
   * reasons stay. This is the one change a submitted snapshot takes that is not an amendment: the
   * right to be forgotten overrides the history.
   *
   * @param erased the erased person
   * @param pseudonym the id that stands for them from now on
   * @return the review, unchanged if it does not name {@code erased}
   * @throws NullPointerException if an argument is null
   */
  public Review erasing(EmployeeId erased, EmployeeId pseudonym) {
    Objects.requireNonNull(erased, "erased");
    Objects.requireNonNull(pseudonym, "pseudonym");
    if (!names(erased)) {
      return this;
    }
    boolean redact = author().equals(erased);
    List<ReviewRevision> revisions = new ArrayList<>();
    for (ReviewRevision r : revisions()) {
      revisions.add(new ReviewRevision(
          r.number(), redact ? withoutWords(r.content()) : r.content(), r.at(),
          r.actor().equals(erased) ? pseudonym : r.actor(), r.reason()));
    }
    return builder().id(id()).cycle(cycle())
        .subject(subject().equals(erased) ? pseudonym : subject())
        .author(redact ? pseudonym : author())
        .role(role()).status(status())
        .draft(redact ? withoutWords(draft()) : draft())
        .addAllRevisions(revisions).acknowledgedAt(acknowledgedAt()).build();
  }

  private static ReviewContent withoutWords(ReviewContent content) {
    return new ReviewContent(
        content.goals(), content.competencies(), new java.util.TreeMap<>(), Optional.empty(), content.proposedRating());
  }

  /** Returns this review with a new status, revisions and acknowledgement, checked as a whole. */
  private Review rebuild(ReviewStatus status, List<ReviewRevision> revisions, Optional<Instant> acknowledgedAt) {
    return builder().id(id()).cycle(cycle()).subject(subject()).author(author()).role(role()).status(status)
        .draft(draft()).addAllRevisions(revisions).acknowledgedAt(acknowledgedAt).build();
  }

  private ImmutableReview immutable() {
    return (ImmutableReview) ImmutableReview.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.require(
        (role() == ReviewRole.SELF) == author().equals(subject()),
        "author",
        author(),
        role() == ReviewRole.SELF
            ? "must be the subject " + subject() + " for a SELF review"
            : "must differ from the subject for a " + role() + " review");
    Checks.require(
        status().isSubmitted() == !revisions().isEmpty(),
        "revisions",
        revisions().size(),
        "must be present exactly when the review is submitted (status " + status() + ")");
    Checks.require(
        status() != ReviewStatus.NOT_STARTED || draft().isEmpty(), "draft", draft(), "must be empty while NOT_STARTED");
    Checks.require(
        acknowledgedAt().isPresent() == (status() == ReviewStatus.ACKNOWLEDGED),
        "acknowledgedAt",
        acknowledgedAt().orElse(null),
        "must be present exactly when the status is ACKNOWLEDGED");
    for (int i = 0; i < revisions().size(); i++) {
      ReviewRevision r = revisions().get(i);
      Checks.require(r.number() == i + 1, "revisions[" + i + "].number", r.number(), "must be " + (i + 1));
      if (i > 0) {
        Checks.require(
            !r.at().isBefore(revisions().get(i - 1).at()),
            "revisions[" + i + "].at",
            r.at(),
            "must not be before the previous revision's time " + revisions().get(i - 1).at());
      }
    }
  }

  /** Builds a {@link Review}; each attribute may be set once. */
  public static final class Builder extends ImmutableReview.Builder {
    Builder() {}
  }
}
