package dev.pillars.core.review;

/**
 * Who writes a review of a person: the person themself, their manager, a peer, or someone they
 * manage. A template names the roles it asks and their questions; a cycle's phase says when each
 * role writes ({@link #writtenIn()}).
 */
public enum ReviewRole {
  /** The person reviews themself. */
  SELF,
  /** The person's manager reviews them; the rating calibration reads. */
  MANAGER,
  /** A colleague reviews them. */
  PEER,
  /** Someone they manage reviews them. */
  UPWARD;

  /**
   * Returns the phase of a cycle in which reviews of this role are written: self reviews in {@link
   * ReviewPhase#SELF_REVIEW}, every other role in {@link ReviewPhase#MANAGER_REVIEW}. A phase cannot
   * close while reviews written in it are unsubmitted, unless HR closes it with a reason.
   *
   * @return the phase
   */
  public ReviewPhase writtenIn() {
    return this == SELF ? ReviewPhase.SELF_REVIEW : ReviewPhase.MANAGER_REVIEW;
  }
}
