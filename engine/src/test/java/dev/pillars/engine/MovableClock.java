package dev.pillars.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A UTC clock that stands still until a test moves it to another day. */
final class MovableClock extends UtcTestClock {
  private final AtomicReference<Instant> now;

  MovableClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /** Moves the clock to nine in the morning of a day. */
  void moveTo(LocalDate day) {
    now.set(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
