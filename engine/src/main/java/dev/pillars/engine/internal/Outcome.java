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
 * @param anonymous whether the events are delivered without the actor's name (an anonymous
 *     giver's feedback, 360 answer or survey response): published as {@value #ANONYMOUS_ACTOR}
 * @param <R> the result type
 */
public record Outcome<R>(R result, List<DomainEvent> events, Effect effect, String aggregateKey, boolean anonymous) {
  /** The actor name that events of an anonymous outcome carry instead of the actor's. */
  public static final String ANONYMOUS_ACTOR = "anonymous";

  /**
   * Creates an outcome.
   *
   * @param result the caller's result
   * @param events the domain events
   * @param effect the effect on scores
   * @param aggregateKey the aggregate's key
   * @param anonymous whether the events hide the actor
   */
  public Outcome {
    requireNonNull(result, "result");
    events = List.copyOf(events);
    requireNonNull(effect, "effect");
    requireNonNull(aggregateKey, "aggregateKey");
  }

  /**
   * Creates an outcome whose events name the actor.
   *
   * @param result the caller's result
   * @param events the domain events
   * @param effect the effect on scores
   * @param aggregateKey the aggregate's key
   */
  public Outcome(R result, List<DomainEvent> events, Effect effect, String aggregateKey) {
    this(result, events, effect, aggregateKey, false);
  }

  /**
   * Returns the outcome of a change made by an anonymous giver: its events are published, and
   * written to the outbox, with {@value #ANONYMOUS_ACTOR} as their actor.
   *
   * @param result the caller's result
   * @param change the change whose events to deliver; they must not name the giver either
   * @param aggregateKey the aggregate's key, which must not name the giver
   * @param <R> the result type
   * @return the outcome
   */
  public static <R> Outcome<R> anonymous(R result, Change<?> change, String aggregateKey) {
    return new Outcome<>(result, change.events(), Effect.NONE, aggregateKey, true);
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
