package dev.pillars.core.recognition;

import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Shared data of the recognition tests. */
final class Recognitions {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);
  static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  private Recognitions() {}

  static Recognition.Builder thanks(String id, String giver, String... receivers) {
    Recognition.Builder builder = unsaid(id, giver, receivers);
    builder.message("Thanks for stopping the line when the guard was loose.");
    return builder;
  }

  /** A recognition without its message yet. */
  static Recognition.Builder unsaid(String id, String giver, String... receivers) {
    Recognition.Builder builder = Recognition.builder();
    builder
        .id(RecognitionId.of(id))
        .giver(EmployeeId.of(giver))
        .addAllReceivers(List.of(receivers).stream().map(EmployeeId::of).toList())
        .value(CompanyValueId.of("safety"))
        .visibility(Visibility.PUBLIC)
        .givenOn(DAY);
    return builder;
  }
}
