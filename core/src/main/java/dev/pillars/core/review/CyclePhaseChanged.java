package dev.pillars.core.review;

import dev.pillars.core.Checks;
import java.time.Instant;
import java.util.Optional;
/**
 * A review cycle moved to its next phase, with HR's override if work was still open.
 *
 * @param cycle the cycle
 * @param from the phase it left
 * @param to the phase it entered
 * @param override HR's override, if the phase closed with work open
 * @param occurredAt when it happened
 */
public record CyclePhaseChanged(ReviewCycleId cycle, ReviewPhase from, ReviewPhase to, Optional<PhaseOverride> override, Instant occurredAt) implements ReviewEvent {
  /**
   * Creates the event.
   *
 * @param cycle the cycle
 * @param from the phase it left
 * @param to the phase it entered
 * @param override HR's override, if the phase closed with work open
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public CyclePhaseChanged {
    Checks.notNull("cycle", cycle);
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    Checks.notNull("override", override);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public String aggregateId() {
    return cycle.value();
  }
}
