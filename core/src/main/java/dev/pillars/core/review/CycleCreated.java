package dev.pillars.core.review;

import dev.pillars.core.Checks;
import dev.pillars.core.Period;
import java.time.Instant;
/**
 * A review cycle was created, in phase {@link ReviewPhase#PLANNED}.
 *
 * @param cycle the cycle
 * @param template its template
 * @param period its period
 * @param occurredAt when it happened
 */
public record CycleCreated(ReviewCycleId cycle, ReviewTemplateId template, Period period, Instant occurredAt) implements ReviewEvent {
  /**
   * Creates the event.
   *
 * @param cycle the cycle
 * @param template its template
 * @param period its period
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public CycleCreated {
    Checks.notNull("cycle", cycle);
    Checks.notNull("template", template);
    Checks.notNull("period", period);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public String aggregateId() {
    return cycle.value();
  }
}
