package dev.pillars.core.goal;

import dev.pillars.core.IllegalTransitionException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a goal. Only the transitions listed by {@link #allowedNext()} are legal:
 *
 * <pre>
 * DRAFT  -> ACTIVE, CANCELLED
 * ACTIVE -> ACHIEVED, PARTIALLY_ACHIEVED, MISSED, CANCELLED
 * ACHIEVED, PARTIALLY_ACHIEVED, MISSED -> ACTIVE (reopened, for example after a correction)
 * CANCELLED -> (final)
 * </pre>
 */
public enum GoalStatus {
  /** Being written; not yet committed to. */
  DRAFT,
  /** Committed to and being worked on. */
  ACTIVE,
  /** Closed with the target met. */
  ACHIEVED,
  /** Closed with part of the target met. */
  PARTIALLY_ACHIEVED,
  /** Closed with the target not met. */
  MISSED,
  /** Withdrawn; final. */
  CANCELLED;

  /**
   * Returns the states this state may move to.
   *
   * @return the legal next states; empty for a final state
   */
  public Set<GoalStatus> allowedNext() {
    switch (this) {
      case DRAFT:
        return EnumSet.of(ACTIVE, CANCELLED);
      case ACTIVE:
        return EnumSet.of(ACHIEVED, PARTIALLY_ACHIEVED, MISSED, CANCELLED);
      case ACHIEVED:
      case PARTIALLY_ACHIEVED:
      case MISSED:
        return EnumSet.of(ACTIVE);
      case CANCELLED:
        return EnumSet.noneOf(GoalStatus.class);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Returns whether moving from this state to {@code next} is legal.
   *
   * @param next the requested state
   * @return true if the transition is allowed
   */
  public boolean canMoveTo(GoalStatus next) {
    return allowedNext().contains(java.util.Objects.requireNonNull(next, "next"));
  }

  /**
   * Returns whether the goal is closed: achieved, partially achieved, missed or cancelled.
   *
   * @return true for a closed state
   */
  public boolean isClosed() {
    return this != DRAFT && this != ACTIVE;
  }

  /**
   * Checks that moving from this state to {@code next} is legal.
   *
   * @param next the requested state
   * @return {@code next}
   * @throws IllegalTransitionException if the transition is not allowed
   */
  public GoalStatus requireCanMoveTo(GoalStatus next) {
    if (!canMoveTo(next)) {
      throw new IllegalTransitionException("status", this, next, allowedNext());
    }
    return next;
  }
}
