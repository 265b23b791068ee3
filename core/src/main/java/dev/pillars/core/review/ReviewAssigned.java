package dev.pillars.core.review;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;
/**
 * A review was assigned: an author is to review a person in a role.
 *
 * @param review the review
 * @param cycle its cycle
 * @param subject who is reviewed
 * @param author who writes it
 * @param role the author's role
 * @param occurredAt when it happened
 */
public record ReviewAssigned(ReviewId review, ReviewCycleId cycle, EmployeeId subject, EmployeeId author, ReviewRole role, Instant occurredAt) implements ReviewEvent {
  /**
   * Creates the event.
   *
 * @param review the review
 * @param cycle its cycle
 * @param subject who is reviewed
 * @param author who writes it
 * @param role the author's role
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public ReviewAssigned {
    Checks.notNull("review", review);
    Checks.notNull("cycle", cycle);
    Checks.notNull("subject", subject);
    Checks.notNull("author", author);
    Checks.notNull("role", role);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public String aggregateId() {
    return review.value();
  }
}
