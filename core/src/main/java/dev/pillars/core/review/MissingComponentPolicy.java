package dev.pillars.core.review;

/**
 * What a template's composite score does when a component has no score, such as a review without
 * feedback. Scoring resolves it to its absent-component policy of the same name.
 */
public enum MissingComponentPolicy {
  /** Leave the component out and share its weight among the present ones. */
  RENORMALISE,
  /** Count the component as 0 with its full weight. */
  COUNT_AS_ZERO,
  /** Refuse to score: every component must be present. */
  REJECT
}
