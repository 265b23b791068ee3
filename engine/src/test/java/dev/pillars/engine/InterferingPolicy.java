package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;

import dev.pillars.engine.access.AccessDecision;
import dev.pillars.engine.access.AccessPolicy;
import dev.pillars.engine.access.AccessRequest;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The standard policy, except that on its first {@code times} CHECK_IN decisions another engine
 * checks in on Ben's goal from another thread and commits: the deciding call has read the goal
 * already, so its own write becomes stale. A deterministic optimistic conflict.
 */
final class InterferingPolicy implements AccessPolicy {
  private final Pillars other;
  private final AtomicInteger remaining;

  InterferingPolicy(Pillars other, int times) {
    this.other = other;
    this.remaining = new AtomicInteger(times);
  }

  @Override
  public AccessDecision decide(AccessRequest request) {
    if (request.action() == Action.CHECK_IN && remaining.getAndDecrement() > 0) {
      Thread writer = new Thread(() ->
          other.tenant(ACME).as(Actor.person(EngineFixture.ANA)).goals().checkIn(BEN_GOAL, 0.1, 0.5, Optional.empty()));
      writer.start();
      try {
        writer.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return AccessPolicy.standard().decide(request);
  }
}
