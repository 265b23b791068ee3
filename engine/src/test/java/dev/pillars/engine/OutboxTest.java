package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.event.EventCodec;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.persistence.spi.OutboxMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboxTest extends EngineTestBase {
  private static final EventCodec CODEC = event -> event.actor() + " " + event.event();

  @Override
  Pillars.Builder configure(Pillars.Builder builder) {
    return builder.outbox(CODEC);
  }

  @Test
  void everyCommittedEventIsInTheOutboxAndTheRelayPublishesThemInOrderOnce() {
    Session ben = pillars.tenant(ACME).as(Actor.person(BEN));
    ben.goals().create(EngineFixture.benGoal());
    ben.goals().activate(BEN_GOAL);
    ben.goals().checkIn(BEN_GOAL, 0.3, 0.9, Optional.empty());
    assertThatThrownBy(() -> pillars.tenant(ACME).as(Actor.person(CLEO)).goals().activate(BEN_GOAL))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(pillars.tenant(ACME).outbox().pending()).isEqualTo(3);

    List<OutboxMessage> published = new ArrayList<>();
    assertThat(pillars.tenant(ACME).outbox().relay(2, published::addAll)).isEqualTo(2);
    assertThat(pillars.tenant(ACME).outbox().relay(10, published::addAll)).isEqualTo(1);
    assertThat(pillars.tenant(ACME).outbox().relay(10, published::addAll)).isZero();

    assertThat(published).extracting(OutboxMessage::id).containsExactlyElementsOf(
        delivered.stream().map(PublishedEvent::id).toList());
    assertThat(published).extracting(OutboxMessage::type)
        .containsExactly("GoalCreated", "GoalStatusChanged", "CheckInRecorded");
    assertThat(published).allSatisfy(m -> {
      assertThat(m.actor()).isEqualTo("person:ben");
      assertThat(m.aggregateId()).isEqualTo(BEN_GOAL.value());
      assertThat(m.payload()).startsWith("person:ben ");
    });
  }

  @Test
  void aPublisherThatFailsLeavesTheMessagesPendingAndACodecThatFailsUndoesTheChange() {
    pillars.tenant(ACME).as(Actor.person(BEN)).goals().create(EngineFixture.benGoal());
    assertThatThrownBy(() -> pillars.tenant(ACME).outbox().relay(10, messages -> {
      throw new IllegalStateException("broker down");
    })).hasMessage("broker down");
    assertThat(pillars.tenant(ACME).outbox().pending()).isEqualTo(1);

    Pillars failing = Pillars.builder().store(store).clock(CLOCK)
        .outbox(event -> { throw new IllegalStateException("cannot encode"); }).build();
    assertThatThrownBy(() -> failing.tenant(ACME).as(Actor.person(BEN)).goals().activate(BEN_GOAL))
        .hasMessage("cannot encode");
    assertThat(store.forTenant(ACME).goals().find(BEN_GOAL).orElseThrow().version()).isEqualTo(1);
    assertThat(pillars.tenant(ACME).outbox().pending()).isEqualTo(1);
    assertThatThrownBy(() -> pillars.tenant(ACME).outbox().relay(0, messages -> {}))
        .hasMessageContaining("limit was 0");
  }
}
