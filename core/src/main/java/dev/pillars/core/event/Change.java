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

  /**
   * Returns the events of one type, in the order they happened, so that no caller casts an event.
   *
   * @param type the event type, such as {@code CheckInRecorded.class}
   * @param <E> the event type
   * @return the events of that type; empty if there are none
   * @throws NullPointerException if {@code type} is null
   */
  public <E extends DomainEvent> List<E> events(Class<E> type) {
    java.util.Objects.requireNonNull(type, "type");
    List<E> found = new java.util.ArrayList<>();
    for (DomainEvent event : events) {
      if (type.isInstance(event)) {
        found.add(type.cast(event));
      }
    }
    return List.copyOf(found);
  }

  /**
   * Returns the only event of one type.
   *
   * @param type the event type, such as {@code CheckInRecorded.class}
   * @param <E> the event type
   * @return the event, or empty if the change has none of that type
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalStateException if the change has more than one event of that type
   */
  public <E extends DomainEvent> java.util.Optional<E> event(Class<E> type) {
    List<E> found = events(type);
    if (found.size() > 1) {
      throw new IllegalStateException(
          "the change has " + found.size() + " events of type " + type.getSimpleName() + ", not one: " + found);
    }
    return found.stream().findFirst();
  }
}
