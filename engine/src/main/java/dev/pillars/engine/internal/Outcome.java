package dev.pillars.engine.internal;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.event.Change;
import dev.pillars.core.event.DomainEvent;
import java.util.List;

/**
 * What one attempt of a write operation produced inside its unit of work: the result for the
 * caller, the events to deliver after commit, its effect on the scores, and the aggregate whose
 * events must reach the sink in commit order.
 *
 * @param result the caller's result
 * @param events the domain events, in order
 * @param effect the effect on the tenant's scores
 * @param aggregateKey the key of the aggregate changed, such as {@code goal:ana-1}
 * @param <R> the result type
 */
public record Outcome<R>(R result, List<DomainEvent> events, Effect effect, String aggregateKey) {
  /**
   * Creates an outcome.
   *
   * @param result the caller's result
   * @param events the domain events
   * @param effect the effect on scores
   * @param aggregateKey the aggregate's key
   */
  public Outcome {
    requireNonNull(result, "result");
    events = List.copyOf(events);
    requireNonNull(effect, "effect");
    requireNonNull(aggregateKey, "aggregateKey");
  }

  /**
   * Returns the outcome of a domain change.
   *
   * @param result the caller's result
   * @param change the change whose events to deliver
   * @param effect the effect on scores
   * @param aggregateKey the aggregate's key
   * @param <R> the result type
   * @return the outcome
   */
  public static <R> Outcome<R> of(R result, Change<?> change, Effect effect, String aggregateKey) {
    return new Outcome<>(result, change.events(), effect, aggregateKey);
  }
}
