package dev.pillars.core.review;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;
/**
 * A review was submitted: from now on it is a snapshot that only amendments change.
 *
 * @param review the review
 * @param cycle its cycle
 * @param subject who is reviewed
 * @param role the author's role
 * @param occurredAt when it happened
 */
public record ReviewSubmitted(ReviewId review, ReviewCycleId cycle, EmployeeId subject, ReviewRole role, Instant occurredAt) implements ReviewEvent {
  /**
   * Creates the event.
   *
 * @param review the review
 * @param cycle its cycle
 * @param subject who is reviewed
 * @param role the author's role
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public ReviewSubmitted {
    Checks.notNull("review", review);
    Checks.notNull("cycle", cycle);
    Checks.notNull("subject", subject);
    Checks.notNull("role", role);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public String aggregateId() {
    return review.value();
  }
}
