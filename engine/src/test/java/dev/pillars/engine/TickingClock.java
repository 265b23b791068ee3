package dev.pillars.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves one second on at every reading, so check-ins never share an instant. */
final class TickingClock extends Clock {
  private final AtomicLong seconds;

  TickingClock(Instant start) {
    this.seconds = new AtomicLong(start.getEpochSecond());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a test clock in UTC only");
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochSecond(seconds.getAndIncrement());
  }
}
