package dev.pillars.core.feedback;

/** What kind of feedback it is; only some kinds carry ratings. */
public enum FeedbackKind {
  /** Recognition of something done well; no ratings. */
  PRAISE(false),
  /** Advice on what to do differently; no ratings. */
  CONSTRUCTIVE(false),
  /** An answer to a {@link FeedbackRequest}; may rate the request's scaled questions. */
  REQUESTED(true),
  /** An answer in a 360 round; may carry ratings. */
  THREE_SIXTY(true),
  /** Feedback from a report to their manager; may carry ratings. */
  UPWARD(true);

  private final boolean rated;

  FeedbackKind(boolean rated) {
    this.rated = rated;
  }

  /**
   * Tells whether feedback of this kind may carry ratings.
   *
   * @return whether ratings are allowed
   */
  public boolean takesRatings() {
    return rated;
  }
}
