package dev.pillars.engine.event;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.TenantId;
import dev.pillars.core.event.DomainEvent;
import java.util.UUID;

/**
 * A domain event as the engine delivers it: the event itself, the tenant it belongs to, the name of
 * the actor whose call caused it, and an id unique to this delivery's event, for de-duplication by
 * a host that forwards events at least once.
 *
 * @param id the event's unique id
 * @param tenant the tenant the change belongs to
 * @param actor the name of the actor that caused it, such as {@code person:ana} or {@code
 *     system:kpi-feed}
 * @param event the domain event
 */
public record PublishedEvent(UUID id, TenantId tenant, String actor, DomainEvent event) {
  /**
   * Creates a published event.
   *
   * @param id the event's unique id
   * @param tenant the tenant
   * @param actor the actor's name
   * @param event the domain event
   * @throws NullPointerException if an argument is null
   */
  public PublishedEvent {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(actor, "actor");
    requireNonNull(event, "event");
  }

  /**
   * Returns the domain event if it is of the given type.
   *
   * @param type the event type, such as {@code GoalStatusChanged.class}
   * @param <E> the event type
   * @return the event, or empty if it is of another type
   */
  public <E extends DomainEvent> java.util.Optional<E> eventAs(Class<E> type) {
    requireNonNull(type, "type");
    return type.isInstance(event) ? java.util.Optional.of(type.cast(event)) : java.util.Optional.empty();
  }
}
