package dev.pillars.core.review;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The phases of a review cycle, in order. A cycle moves one phase forward at a time ({@link
 * #next()}); leaving a phase requires its work done (see {@link CycleStatus#openWork(ReviewPhase)}),
 * unless HR closes it with a reason, and finalising requires every manager review submitted.
 */
public enum ReviewPhase {
  /** Set up; participants may still be enrolled. */
  PLANNED,
  /** Participants set their goals; leaving requires everyone to have a goal. */
  GOAL_SETTING,
  /** The period runs. */
  IN_PROGRESS,
  /** Participants write their self reviews; leaving requires them submitted. */
  SELF_REVIEW,
  /** Managers, peers and reports write theirs; leaving requires them submitted. */
  MANAGER_REVIEW,
  /** Ratings are calibrated. */
  CALIBRATION,
  /** Ratings are final and shared with the people reviewed; no unsubmitted manager review remains. */
  FINALISED,
  /** Over; final. */
  CLOSED;

  /**
   * Returns the phase that follows this one.
   *
   * @return the next phase, or empty for {@link #CLOSED}
   */
  public Optional<ReviewPhase> next() {
    return this == CLOSED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
  }

  /**
   * Returns the phases this phase may move to: the next one only.
   *
   * @return the legal next phases; empty for {@link #CLOSED}
   */
  public Set<ReviewPhase> allowedNext() {
    return next().map(EnumSet::of).orElseGet(() -> EnumSet.noneOf(ReviewPhase.class));
  }

  /**
   * Returns whether people may still be enrolled: before the self reviews start.
   *
   * @return true for {@code PLANNED}, {@code GOAL_SETTING} and {@code IN_PROGRESS}
   */
  public boolean enrols() {
    return compareTo(SELF_REVIEW) < 0;
  }

  /**
   * Returns whether reviews of the cycle are shared with the people reviewed: from {@link
   * #FINALISED} on.
   *
   * @return true for {@code FINALISED} and {@code CLOSED}
   */
  public boolean sharesReviews() {
    return compareTo(FINALISED) >= 0;
  }
}
