package dev.pillars.core.review;

import dev.pillars.core.Checks;
import java.time.Instant;
/**
 * A review's draft was written or changed.
 *
 * @param review the review
 * @param occurredAt when it happened
 */
public record ReviewDrafted(ReviewId review, Instant occurredAt) implements ReviewEvent {
  /**
   * Creates the event.
   *
 * @param review the review
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public ReviewDrafted {
    Checks.notNull("review", review);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public String aggregateId() {
    return review.value();
  }
}
