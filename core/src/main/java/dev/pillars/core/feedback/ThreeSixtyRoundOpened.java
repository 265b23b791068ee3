package dev.pillars.core.feedback;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A 360 round was opened.
 *
 * @param roundId the round
 * @param subject whom it is about
 * @param closesOn its last day for answers
 * @param occurredAt when it was opened
 */
public record ThreeSixtyRoundOpened(ThreeSixtyRoundId roundId, EmployeeId subject, LocalDate closesOn, Instant occurredAt)
    implements ThreeSixtyRoundEvent {
  /**
   * Creates the event.
   *
   * @param roundId the round
   * @param subject whom it is about
   * @param closesOn its last day for answers
   * @param occurredAt when it was opened
   * @throws NullPointerException if a part is null
   */
  public ThreeSixtyRoundOpened {
    Checks.notNull("roundId", roundId);
    Checks.notNull("subject", subject);
    Checks.notNull("closesOn", closesOn);
    Checks.notNull("occurredAt", occurredAt);
  }
}
