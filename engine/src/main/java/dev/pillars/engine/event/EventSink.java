package dev.pillars.engine.event;

import java.util.List;

/**
 * Receives the events of each committed engine call. The engine calls it after the unit of work
 * has committed, on the calling thread, with the call's events in the order they happened; events
 * of one aggregate reach the sink in commit order.
 *
 * <p><b>Duties of an implementation.</b> Thread-safe (calls for different aggregates may arrive
 * from several threads at once) and quick; it should not throw. The change is committed whatever
 * the sink does: an exception it throws is logged by the engine and not passed to the caller, so a
 * host that must not lose events forwards them to durable messaging inside the sink.
 */
@FunctionalInterface
public interface EventSink {
  /**
   * Receives the events of one committed call.
   *
   * @param events the events, in the order they happened; never empty
   */
  void deliver(List<PublishedEvent> events);

  /**
   * Returns a sink that drops every event.
   *
   * @return the sink
   */
  static EventSink none() {
    return events -> {};
  }
}
