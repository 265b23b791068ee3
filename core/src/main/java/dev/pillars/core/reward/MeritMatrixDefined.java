package dev.pillars.core.reward;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.event.DomainEvent;
import java.time.Instant;

/**
 * A merit matrix was defined.
 *
 * @param matrix the matrix
 * @param occurredAt when
 */
public record MeritMatrixDefined(MeritMatrix matrix, Instant occurredAt) implements DomainEvent {
  /**
   * Creates the event.
   *
   * @param matrix the matrix
   * @param occurredAt when
   * @throws NullPointerException if an argument is null
   */
  public MeritMatrixDefined {
    requireNonNull(matrix, "matrix");
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public String aggregateId() {
    return matrix.id().value();
  }
}
