package dev.pillars.core.feedback;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;

/**
 * A respondent of a feedback request answered or declined.
 *
 * @param requestId the request
 * @param respondent the respondent
 * @param status their new status
 * @param occurredAt when it changed
 */
public record RespondentStatusChanged(FeedbackRequestId requestId, EmployeeId respondent, RespondentStatus status, Instant occurredAt)
    implements FeedbackRequestEvent {
  /**
   * Creates the event.
   *
   * @param requestId the request
   * @param respondent the respondent
   * @param status their new status
   * @param occurredAt when it changed
   * @throws NullPointerException if a part is null
   */
  public RespondentStatusChanged {
    Checks.notNull("requestId", requestId);
    Checks.notNull("respondent", respondent);
    Checks.notNull("status", status);
    Checks.notNull("occurredAt", occurredAt);
  }
}
