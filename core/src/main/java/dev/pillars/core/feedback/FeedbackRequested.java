package dev.pillars.core.feedback;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;
import java.util.List;

/**
 * Feedback was requested.
 *
 * @param requestId the request
 * @param subject whom the feedback is about
 * @param respondents whom it asks
 * @param occurredAt when it was made
 */
public record FeedbackRequested(FeedbackRequestId requestId, EmployeeId subject, List<EmployeeId> respondents, Instant occurredAt)
    implements FeedbackRequestEvent {
  /**
   * Creates the event.
   *
   * @param requestId the request
   * @param subject whom the feedback is about
   * @param respondents whom it asks
   * @param occurredAt when it was made
   * @throws NullPointerException if a part is or holds null
   */
  public FeedbackRequested {
    Checks.notNull("requestId", requestId);
    Checks.notNull("subject", subject);
    respondents = List.copyOf(Checks.notNull("respondents", respondents));
    Checks.notNull("occurredAt", occurredAt);
  }
}
