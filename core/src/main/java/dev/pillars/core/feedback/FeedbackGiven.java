package dev.pillars.core.feedback;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;
import java.util.Optional;

/**
 * Feedback was given. The event names the giver only when the feedback is not anonymous.
 *
 * @param feedbackId the feedback
 * @param kind its kind
 * @param receiver its receiver
 * @param visibility who may read it
 * @param giver its giver; empty for anonymous feedback
 * @param occurredAt when it was given
 */
public record FeedbackGiven(
    FeedbackId feedbackId,
    FeedbackKind kind,
    EmployeeId receiver,
    FeedbackVisibility visibility,
    Optional<EmployeeId> giver,
    Instant occurredAt)
    implements FeedbackEvent {
  /**
   * Creates the event.
   *
   * @param feedbackId the feedback
   * @param kind its kind
   * @param receiver its receiver
   * @param visibility who may read it
   * @param giver its giver; empty for anonymous feedback
   * @param occurredAt when it was given
   * @throws NullPointerException if a part is null
   */
  public FeedbackGiven {
    Checks.notNull("feedbackId", feedbackId);
    Checks.notNull("kind", kind);
    Checks.notNull("receiver", receiver);
    Checks.notNull("visibility", visibility);
    Checks.notNull("giver", giver);
    Checks.notNull("occurredAt", occurredAt);
  }

  /**
   * Returns the event announcing a piece of feedback, without its giver if it is anonymous.
   *
   * @param feedback the feedback
   * @param at when it was given
   * @return the event
   */
  public static FeedbackGiven of(Feedback feedback, Instant at) {
    Checks.notNull("feedback", feedback);
    return new FeedbackGiven(
        feedback.id(), feedback.kind(), feedback.receiver(), feedback.visibility(), feedback.visibleGiver(), at);
  }
}
