package dev.pillars.scoring.composition;

/**
 * What a composition does when a component has no score, for example a review without peer
 * feedback. A composition always names its policy; the receipt notes every absent component.
 */
public enum AbsentComponentPolicy {
  /**
   * Leave the component out and share its weight among the present ones: goals 60 and
   * competencies 30 with feedback absent count 60/90 and 30/90.
   */
  RENORMALISE,
  /** Count the component as a score of 0 with its full weight. */
  COUNT_AS_ZERO,
  /** Refuse to compose: every component must be present. */
  REJECT
}
