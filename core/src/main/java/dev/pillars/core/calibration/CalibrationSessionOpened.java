package dev.pillars.core.calibration;

import dev.pillars.core.Checks;
import dev.pillars.core.review.ReviewCycleId;
import java.time.Instant;

/**
 * A calibration session was opened.
 *
 * @param sessionId the session
 * @param cycle the review cycle it calibrates
 * @param population the population it covers
 * @param ratings how many proposed ratings it holds
 * @param occurredAt when
 */
public record CalibrationSessionOpened(
    CalibrationSessionId sessionId, ReviewCycleId cycle, Population population, int ratings, Instant occurredAt)
    implements CalibrationEvent {
  /**
   * Creates the event.
   *
   * @param sessionId the session
   * @param cycle the review cycle
   * @param population the population
   * @param ratings how many proposed ratings, 0 or more
   * @param occurredAt when
   * @throws dev.pillars.core.InvalidInputException if {@code ratings} is negative
   */
  public CalibrationSessionOpened {
    Checks.notNull("sessionId", sessionId);
    Checks.notNull("cycle", cycle);
    Checks.notNull("population", population);
    Checks.notNull("occurredAt", occurredAt);
    Checks.require(ratings >= 0, "ratings", ratings, "must be 0 or more");
  }
}
