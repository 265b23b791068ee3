package dev.pillars.core.feedback;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A 360 round received one response; the event names neither the rater nor their group.
 *
 * @param roundId the round
 * @param occurredAt when the response was recorded
 */
public record ThreeSixtyResponseRecorded(ThreeSixtyRoundId roundId, Instant occurredAt) implements ThreeSixtyRoundEvent {
  /**
   * Creates the event.
   *
   * @param roundId the round
   * @param occurredAt when the response was recorded
   * @throws NullPointerException if a part is null
   */
  public ThreeSixtyResponseRecorded {
    Checks.notNull("roundId", roundId);
    Checks.notNull("occurredAt", occurredAt);
  }
}
