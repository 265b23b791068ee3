package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class FrequencyProperties {
  /** Dates from 2020 to 2030, often at a month's end where month steps clamp. */
  private static Gen<LocalDate> dates() {
    Gen<LocalDate> any = integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    Gen<LocalDate> monthEnds = integers().between(0, 120).map(m -> LocalDate.of(2020, 1, 31).plusMonths(m));
    return any.mix(monthEnds, 40);
  }

  @Test
  void wholeStepsAreCountedExactly() {
    qt().forAll(Generate.enumValues(Frequency.class), dates(), integers().between(-150, 150))
        .checkAssert((frequency, start, n) ->
            assertThat(frequency.stepsBetween(start, frequency.step(start, n))).isEqualTo((double) n));
  }

  @Test
  void stepsNeverDecreaseAsTheDateAdvances() {
    qt().forAll(Generate.enumValues(Frequency.class), dates(), dates(), integers().between(0, 400))
        .checkAssert((frequency, start, date, days) -> {
          double here = frequency.stepsBetween(start, date);
          double later = frequency.stepsBetween(start, date.plusDays(days));
          assertThat(later).isGreaterThanOrEqualTo(here);
          assertThat(frequency.stepsBetween(start, start)).isZero();
        });
  }

  @Test
  void aPartialStepIsTheShareOfItsDaysPassed() {
    assertThat(Frequency.WEEKLY.stepsBetween(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 15))).isEqualTo(10 / 7.0);
    assertThat(Frequency.MONTHLY.stepsBetween(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28))).isEqualTo(1.0);
    assertThat(Frequency.MONTHLY.stepsBetween(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 15))).isEqualTo(0.5);
    assertThat(Frequency.QUARTERLY.stepsBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 10, 1))).isEqualTo(-1.0);
    assertThat(Frequency.YEARLY.next(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(Frequency.WEEKLY.step(LocalDate.of(2026, 1, 5), -2)).isEqualTo(LocalDate.of(2025, 12, 22));
  }
}
