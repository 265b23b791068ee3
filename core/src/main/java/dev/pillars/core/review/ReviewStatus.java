package dev.pillars.core.review;

import dev.pillars.core.IllegalTransitionException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The lifecycle of one review. Only the transitions {@link #allowedNext()} lists are legal:
 *
 * <pre>
 * NOT_STARTED -> IN_PROGRESS, SUBMITTED
 * IN_PROGRESS -> SUBMITTED
 * SUBMITTED   -> ACKNOWLEDGED
 * ACKNOWLEDGED -> (final)
 * </pre>
 *
 * <p>A submitted review is a snapshot: it changes only through an amendment, which keeps its
 * status and adds a revision.
 */
public enum ReviewStatus {
  /** Assigned; nothing written yet. */
  NOT_STARTED,
  /** A draft is being written. */
  IN_PROGRESS,
  /** Submitted: an immutable snapshot, changed only by amendments. */
  SUBMITTED,
  /** The reviewed person has acknowledged it. */
  ACKNOWLEDGED;

  /**
   * Returns the states this state may move to.
   *
   * @return the legal next states; empty for a final state
   */
  public Set<ReviewStatus> allowedNext() {
    switch (this) {
      case NOT_STARTED:
        return EnumSet.of(IN_PROGRESS, SUBMITTED);
      case IN_PROGRESS:
        return EnumSet.of(SUBMITTED);
      case SUBMITTED:
        return EnumSet.of(ACKNOWLEDGED);
      case ACKNOWLEDGED:
        return EnumSet.noneOf(ReviewStatus.class);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Returns whether the review has been submitted (and possibly acknowledged).
   *
   * @return true for {@code SUBMITTED} and {@code ACKNOWLEDGED}
   */
  public boolean isSubmitted() {
    return this == SUBMITTED || this == ACKNOWLEDGED;
  }

  /**
   * Checks that moving from this state to {@code next} is legal.
   *
   * @param next the requested state
   * @return {@code next}
   * @throws NullPointerException if {@code next} is null
   * @throws IllegalTransitionException if the transition is not allowed
   */
  public ReviewStatus requireCanMoveTo(ReviewStatus next) {
    if (!allowedNext().contains(Objects.requireNonNull(next, "next"))) {
      throw new IllegalTransitionException("status", this, next, allowedNext());
    }
    return next;
  }
}
