package dev.pillars.core.succession;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A candidate was put on a position's slate, or their readiness or gaps changed.
 *
 * @param position the position
 * @param candidate the candidate as now on the slate
 * @param occurredAt when it happened
 */
public record CandidateNominated(PositionId position, Candidate candidate, Instant occurredAt) implements SuccessionEvent {
  /**
   * Creates the event.
   *
   * @param position the position
   * @param candidate the candidate as now on the slate
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public CandidateNominated {
    Checks.notNull("position", position);
    Checks.notNull("candidate", candidate);
    Checks.notNull("occurredAt", occurredAt);
  }
}
