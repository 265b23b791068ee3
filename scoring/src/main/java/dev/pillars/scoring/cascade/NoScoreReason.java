package dev.pillars.scoring.cascade;

/**
 * Why a goal of a cascade has no score, which is not the same as a score of 0: {@link
 * CascadeResult#noScoreReason} says which. A goal without a score is left out of its parents'
 * roll-up, and their receipts name it. A host that wants such a goal to count as 0 configures
 * {@link MissingScorePolicy#ZERO} for it ({@link Cascade.Builder#missingScores(dev.pillars.core.goal.GoalId,
 * MissingScorePolicy)}) or for the whole cascade.
 */
public enum NoScoreReason {
  /** A goal scored from a value of its own (a leaf, or {@link MeasuredParentRule#ownMeasure()}) has none yet. */
  NO_VALUE,
  /**
   * A goal scored from its children has none that counts: every child's status is one the cascade
   * does not count ({@link Cascade.Builder#countedStatuses}), such as a parent whose last active
   * child was cancelled.
   */
  NO_CHILD_COUNTED,
  /** A goal scored from its children has children that count, but none of them has a score. */
  NO_CHILD_SCORED
}
