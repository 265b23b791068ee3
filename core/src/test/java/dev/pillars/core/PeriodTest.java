package dev.pillars.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  @Test
  void endBeforeStartIsRejectedNamingFieldValueAndRule() {
    assertThatThrownBy(() -> Period.of(JAN_1, JAN_1.minusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("end was 2025-12-31: must not be before start 2026-01-01");
  }

  @Test
  void aSingleDayPeriodHasOneDay() {
    assertThat(Period.of(JAN_1, JAN_1).days()).isEqualTo(1);
  }

  @Test
  void enclosesIsConsistentWithContainsAtBothEnds() {
    qt().forAll(integers().between(0, 400), integers().between(0, 400), integers().between(0, 400))
        .check((a, b, c) -> {
          Period outer = Period.of(JAN_1, JAN_1.plusDays(a));
          Period inner = Period.of(JAN_1.plusDays(Math.min(b, c)), JAN_1.plusDays(Math.max(b, c)));
          return outer.encloses(inner) == (outer.contains(inner.start()) && outer.contains(inner.end()));
        });
  }
}
