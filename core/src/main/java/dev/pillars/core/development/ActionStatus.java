package dev.pillars.core.development;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a development action stands. Legal moves: planned to in progress, completed or cancelled;
 * in progress to completed or cancelled. Completed and cancelled are final.
 */
public enum ActionStatus {
  /** Agreed, not started. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Done. */
  COMPLETED,
  /** Dropped; it no longer counts towards the plan's progress or cost. */
  CANCELLED;

  /**
   * Returns whether an action may move from this status to another.
   *
   * @param next the status to move to
   * @return whether the move is legal
   */
  public boolean canMoveTo(ActionStatus next) {
    return successors().contains(java.util.Objects.requireNonNull(next, "next"));
  }

  /**
   * Returns the statuses an action may move to from this one.
   *
   * @return the legal next statuses; empty for a final status
   */
  public Set<ActionStatus> successors() {
    return switch (this) {
      case PLANNED -> EnumSet.of(IN_PROGRESS, COMPLETED, CANCELLED);
      case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(ActionStatus.class);
    };
  }
}
