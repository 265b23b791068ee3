package dev.pillars.scoring.cascade;

/**
 * What a cascade does with a goal that has no score: a leaf whose KPI has no measurement yet or
 * whose owner has not checked in, or a goal none of whose children counts or has a score (see
 * {@link NoScoreReason}).
 *
 * <p>The policy is explicit because the choice changes numbers: counting an unmeasured goal as 0
 * pulls its parents down, leaving it out does not. It is set for a whole cascade ({@link
 * Cascade.Builder#missingScores(MissingScorePolicy)}) and may be set per goal ({@link
 * Cascade.Builder#missingScores(dev.pillars.core.goal.GoalId, MissingScorePolicy)}). Receipts say
 * which goals were left out or counted as 0.
 */
public enum MissingScorePolicy {
  /**
   * The goal has no score and its parents aggregate over their other children only, as if it were
   * not linked. A parent none of whose children has a score has no score either. The default: a
   * goal that has not been measured yet neither helps nor hurts.
   */
  EXCLUDE,

  /** The goal scores 0, and counts as 0 in its parents; their receipts, and its own, note it. */
  ZERO,

  /**
   * Every goal scored from a value of its own must have one: a roll-up with one missing fails with
   * an {@link dev.pillars.core.InvalidInputException} naming the goal, and clearing a leaf value is
   * rejected. For a goal scored from its children it is the same as {@link #EXCLUDE}.
   */
  REJECT
}
