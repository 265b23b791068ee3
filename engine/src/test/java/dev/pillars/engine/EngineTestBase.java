package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.CLOCK;

import dev.pillars.engine.access.Actor;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.persistence.memory.MemoryStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the engine's workflow tests share: a fresh in-memory store holding the fixture's
 * organisation, an engine over it on the fixture's clock, and the events it delivered.
 */
abstract class EngineTestBase {
  final MemoryStore store = MemoryStore.create();
  final List<PublishedEvent> delivered = new CopyOnWriteArrayList<>();
  Pillars pillars;

  @BeforeEach
  void startEngine() {
    EngineFixture.organisation(store);
    pillars = configure(Pillars.builder().store(store).clock(CLOCK).events(delivered::addAll)).build();
  }

  /** Adds a test class's own settings to the engine's builder; none by default. */
  Pillars.Builder configure(Pillars.Builder builder) {
    return builder;
  }

  /** Returns the fixture tenant's services for an actor. */
  Session as(Actor actor) {
    return pillars.tenant(ACME).as(actor);
  }
}
