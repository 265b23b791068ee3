package dev.pillars.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A change: its value with at least one event, and its events read back by type. */
class ChangeTest {
  private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");

  private record Opened(String aggregateId, Instant occurredAt) implements DomainEvent {}

  private record Noted(String aggregateId, Instant occurredAt) implements DomainEvent {}

  @Test
  void aChangeHoldsAtLeastOneEvent() {
    assertThatThrownBy(() -> new Change<>("v", List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("events was []: must hold at least one event");
    assertThat(Change.of("v", new Opened("a", AT)).events()).containsExactly(new Opened("a", AT));
  }

  @Test
  void eventsAreReadBackByTypeInTheirOrder() {
    Change<String> change = new Change<>("v", List.of(new Noted("a", AT), new Opened("a", AT), new Noted("b", AT)));
    assertThat(change.events(Noted.class)).containsExactly(new Noted("a", AT), new Noted("b", AT));
    assertThat(change.events(Opened.class)).containsExactly(new Opened("a", AT));
    assertThat(change.event(Opened.class)).contains(new Opened("a", AT));
    assertThat(Change.of("v", new Opened("a", AT)).event(Noted.class)).isEmpty();
    assertThatThrownBy(() -> change.event(Noted.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the change has 2 events of type Noted, not one: " + List.of(new Noted("a", AT), new Noted("b", AT)));
  }
}
