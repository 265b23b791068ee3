package dev.pillars.engine.event;

/**
 * Turns an event into the text an outbox stores and a relay hands to the host's messaging. Pillars
 * has no JSON library of its own: the host encodes with its own serializer (Jackson, JSON-B, …),
 * the same one its messaging reads.
 *
 * <p><b>Duties of an implementation.</b> Thread-safe and deterministic; it runs inside the unit
 * of work, so an exception it throws rolls the change back and reaches the caller.
 */
@FunctionalInterface
public interface EventCodec {
  /**
   * Encodes one event.
   *
   * @param event the event with its tenant, actor and id
   * @return the payload to store; any text
   */
  String encode(PublishedEvent event);

  /**
   * Returns the event's type as stored beside the payload, for routing. Default: the domain
   * event's simple class name, such as {@code CheckInRecorded}.
   *
   * @param event the event
   * @return the type; not blank
   */
  default String type(PublishedEvent event) {
    java.util.Objects.requireNonNull(event, "event");
    return event.event().getClass().getSimpleName();
  }
}
