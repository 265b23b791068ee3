package dev.pillars.core.review;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;
/**
 * The reviewed person acknowledged a review shared with them.
 *
 * @param review the review
 * @param subject who acknowledged it
 * @param occurredAt when it happened
 */
public record ReviewAcknowledged(ReviewId review, EmployeeId subject, Instant occurredAt) implements ReviewEvent {
  /**
   * Creates the event.
   *
 * @param review the review
 * @param subject who acknowledged it
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public ReviewAcknowledged {
    Checks.notNull("review", review);
    Checks.notNull("subject", subject);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public String aggregateId() {
    return review.value();
  }
}
