package dev.pillars.core.event;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import java.util.List;

/**
 * The result of a state change: the aggregate's new state and the events that describe the change.
 *
 * <p>Aggregates are immutable, so a method that changes one returns a {@code Change} instead of
 * mutating it. The caller stores {@link #value()} and publishes {@link #events()}.
 *
 * @param value the new state
 * @param events the events in the order they happened; never empty
 * @param <T> the aggregate type
 */
public record Change<T>(T value, List<DomainEvent> events) {
  /**
   * Creates a change.
   *
   * @param value the new state
   * @param events the events in the order they happened; never empty
   * @throws NullPointerException if {@code value} is null or {@code events} holds null
   * @throws dev.pillars.core.InvalidInputException if {@code events} is empty
   */
  public Change {
    Checks.notNull("value", value);
    Checks.notNull("events", events);
    Checks.require(!events.isEmpty(), "events", events, "must hold at least one event");
    events = List.copyOf(events);
  }

  /**
   * Returns a change described by one event.
   *
   * @param value the new state
   * @param event the event
   * @param <T> the aggregate type
   * @return the change
   */
  public static <T> Change<T> of(T value, DomainEvent event) {
    return new Change<>(value, List.of(requireNonNull(event, "event")));
  }
}
