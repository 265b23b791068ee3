package dev.pillars.core.feedback;

/** Who besides the giver may read a piece of feedback. */
public enum FeedbackVisibility {
  /** The receiver only. */
  RECEIVER,
  /** The receiver and the receiver's managers. */
  RECEIVER_AND_MANAGER,
  /** Everyone in the tenant. */
  PUBLIC
}
