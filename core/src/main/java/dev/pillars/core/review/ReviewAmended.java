package dev.pillars.core.review;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;
/**
 * A submitted review was amended, adding a revision; the earlier ones are kept.
 *
 * @param review the review
 * @param revision the new revision's number
 * @param actor who amended it
 * @param reason why
 * @param occurredAt when it happened
 */
public record ReviewAmended(ReviewId review, int revision, EmployeeId actor, String reason, Instant occurredAt) implements ReviewEvent {
  /**
   * Creates the event.
   *
 * @param review the review
 * @param revision the new revision's number
 * @param actor who amended it
 * @param reason why
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public ReviewAmended {
    Checks.notNull("review", review);
    Checks.notNull("actor", actor);
    Checks.notNull("reason", reason);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public String aggregateId() {
    return review.value();
  }
}
