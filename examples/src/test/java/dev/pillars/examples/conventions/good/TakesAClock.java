package dev.pillars.examples.conventions.good;

import dev.pillars.examples.conventions.good.internal.Hidden;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Takes time from the clock it is given, and uses its own module's internal package. */
final class TakesAClock {
  private final Clock clock;

  TakesAClock(Clock clock) {
    this.clock = clock;
  }

  Instant instant() {
    return Instant.now(clock);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  Clock fixed() {
    return Clock.fixed(Instant.EPOCH.plusSeconds(new Hidden().hashCode() % Hidden.SIZE), ZoneOffset.UTC);
  }
}
