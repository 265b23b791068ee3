package dev.pillars.core.event;

/**
 * Receives domain events. Hosts implement it to forward events to their own infrastructure.
 *
 * <p>Implementations must be thread-safe if they are shared between threads, and should not throw:
 * an exception propagates to whoever published the event.
 */
@FunctionalInterface
public interface DomainEventListener {
  /**
   * Handles one event.
   *
   * @param event the event
   */
  void onEvent(DomainEvent event);
}
