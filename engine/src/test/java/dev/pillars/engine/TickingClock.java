package dev.pillars.engine;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves one second on at every reading, so check-ins never share an instant. */
final class TickingClock extends UtcTestClock {
  private final AtomicLong seconds;

  TickingClock(Instant start) {
    this.seconds = new AtomicLong(start.getEpochSecond());
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochSecond(seconds.getAndIncrement());
  }
}
