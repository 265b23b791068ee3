package dev.pillars.core.assessment;

import dev.pillars.core.Checks;
import dev.pillars.core.event.DomainEvent;
import java.time.Instant;

/**
 * A competency assessment was recorded.
 *
 * @param assessment the assessment
 * @param occurredAt when it was recorded
 */
public record AssessmentRecorded(Assessment assessment, Instant occurredAt) implements DomainEvent {
  /**
   * Creates the event.
   *
   * @param assessment the assessment
   * @param occurredAt when it was recorded
   * @throws NullPointerException if a part is null
   */
  public AssessmentRecorded {
    Checks.notNull("assessment", assessment);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public String aggregateId() {
    return assessment.id().value();
  }
}
