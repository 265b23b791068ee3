package dev.pillars.core.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.oneonone.OneOnOneId;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The facts the cadence report reads: feedback unless withdrawn, dated in a zone; a 1:1 once held. */
class CadenceFactsTest {
  private static final EmployeeId ANA = EmployeeId.of("ana");
  private static final EmployeeId BEN = EmployeeId.of("ben");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T23:30:00Z"), ZoneOffset.UTC);

  @Test
  void feedbackIsAFactOnTheDayOfItsZoneUnlessWithdrawn() {
    Feedback praise = Feedback.builder().id(FeedbackId.of("f1")).kind(FeedbackKind.PRAISE).giver(ANA).receiver(BEN)
        .text("Thanks").givenAt(CLOCK.instant()).build();
    assertThat(FeedbackFact.of(praise, ZoneOffset.UTC)).contains(new FeedbackFact(Optional.of(ANA), BEN, LocalDate.of(2026, 3, 10)));
    assertThat(FeedbackFact.of(praise, ZoneId.of("Europe/Berlin")).orElseThrow().on()).isEqualTo(LocalDate.of(2026, 3, 11));
    Feedback withdrawn = praise.withdraw(ANA, CLOCK).value();
    assertThat(FeedbackFact.of(withdrawn, ZoneOffset.UTC)).isEmpty();
  }

  @Test
  void aOneOnOneIsAFactOnlyOnceHeld() {
    OneOnOne scheduled = OneOnOne.schedule(OneOnOneId.of("m1"), ANA, BEN, LocalDate.of(2026, 3, 9), CLOCK).value();
    assertThat(MeetingFact.of(scheduled)).isEmpty();
    OneOnOne held = scheduled.markHeld(BEN, CLOCK).value();
    assertThat(MeetingFact.of(held)).contains(new MeetingFact(ANA, BEN, LocalDate.of(2026, 3, 9)));
  }
}
