package dev.pillars.examples.conventions.bad;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Takes time from the system clock in three ways the conventions forbid. */
final class ReadsTheSystemClock {
  Instant instant() {
    return Instant.now();
  }

  LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  Clock clock() {
    return Clock.systemUTC();
  }
}
