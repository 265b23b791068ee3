package dev.pillars.core.feedback;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;

/**
 * Feedback was withdrawn by its giver; it is kept, marked withdrawn.
 *
 * @param feedbackId the feedback
 * @param receiver its receiver
 * @param occurredAt when it was withdrawn
 */
public record FeedbackWithdrawn(FeedbackId feedbackId, EmployeeId receiver, Instant occurredAt) implements FeedbackEvent {
  /**
   * Creates the event.
   *
   * @param feedbackId the feedback
   * @param receiver its receiver
   * @param occurredAt when it was withdrawn
   * @throws NullPointerException if a part is null
   */
  public FeedbackWithdrawn {
    Checks.notNull("feedbackId", feedbackId);
    Checks.notNull("receiver", receiver);
    Checks.notNull("occurredAt", occurredAt);
  }
}
