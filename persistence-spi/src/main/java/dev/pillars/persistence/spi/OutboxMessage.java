package dev.pillars.persistence.spi;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.InvalidInputException;
import java.time.Instant;
import java.util.UUID;

/**
 * One event written to the outbox in the same unit of work as the change it reports, for a relay
 * the host drives to publish it through its own messaging (see {@link OutboxRepository}).
 *
 * <p>The store keeps every field as it is and never interprets the payload: it is text the host
 * (or the engine) encoded, such as JSON. The payload is personal data whenever the event is about a
 * person; see {@link PersonalDataRepository} for what erasure does with pending messages.
 *
 * @param id the message's unique id, which subscribers use to drop the duplicates an at-least-once
 *     relay may deliver
 * @param aggregateId the id, as text, of the aggregate the event is about (a goal, a KPI, an
 *     employee); erasure of an employee removes the pending messages about them
 * @param type the event's type, such as {@code "GoalActivated"}; not blank
 * @param actor who caused the event, as text (an employee id or a host system's name); erasure of
 *     an employee removes the pending messages they caused
 * @param occurredAt when the event happened
 * @param payload the encoded event; any text, possibly empty
 */
public record OutboxMessage(
    UUID id, String aggregateId, String type, String actor, Instant occurredAt, String payload) {

  /**
   * Creates a message.
   *
   * @param id the message's unique id
   * @param aggregateId the id of the aggregate the event is about
   * @param type the event's type; not blank
   * @param actor who caused the event
   * @param occurredAt when the event happened
   * @param payload the encoded event; any text, possibly empty
   * @throws NullPointerException if an argument is null; the message names it
   * @throws InvalidInputException if {@code type} is blank
   */
  public OutboxMessage {
    requireNonNull(id, "id");
    requireNonNull(aggregateId, "aggregateId");
    requireNonNull(type, "type");
    requireNonNull(actor, "actor");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(payload, "payload");
    if (type.isBlank()) {
      throw new InvalidInputException("type", type, "must not be blank");
    }
  }
}
