package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An empty series, and which measurement is the latest: by observed date, not by recording. */
class MeasurementSeriesEdgesTest {
  private static final KpiId SCRAP = KpiId.of("scrap");
  private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");
  private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
  private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

  private static Measurement m(LocalDate on, long minutes, double value) {
    return new Measurement(SCRAP, on, T0.plusSeconds(60 * minutes), value);
  }

  @Test
  void anEmptySeriesHasNoLatestValueAndNoDates() {
    MeasurementSeries empty = MeasurementSeries.empty(SCRAP);
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.latest()).isEmpty();
    assertThat(empty.dates()).isZero();
    assertThat(empty.current()).isEmpty();
    assertThat(empty.history()).isEmpty();
    assertThat(empty.valueOn(MARCH_1)).isEmpty();
    assertThat(empty.aggregate(Period.of(MARCH_1, MARCH_3), Aggregation.SUM)).isEmpty();
    assertThat(MeasurementSeries.of(SCRAP, List.of())).isEqualTo(empty);
  }

  @Test
  void theLatestIsTheLastObservedDateEvenWhenAnEarlierDateWasRecordedLater() {
    MeasurementSeries series = MeasurementSeries.of(SCRAP, List.of(m(MARCH_3, 0, 7), m(MARCH_1, 5, 9)));
    assertThat(series.isEmpty()).isFalse();
    assertThat(series.dates()).isEqualTo(2);
    assertThat(series.latest()).contains(m(MARCH_3, 0, 7));
    assertThat(series.valueOn(MARCH_1)).contains(m(MARCH_1, 5, 9));
  }

  @Test
  void aCorrectionReplacesTheCurrentValueAndKeepsTheTrail() {
    MeasurementSeries series = MeasurementSeries.of(SCRAP, List.of(m(MARCH_1, 0, 9), m(MARCH_1, 5, 8)));
    assertThat(series.dates()).isEqualTo(1);
    assertThat(series.latest()).contains(m(MARCH_1, 5, 8));
    assertThat(series.historyOf(MARCH_1)).containsExactly(m(MARCH_1, 0, 9), m(MARCH_1, 5, 8));
    assertThat(series.historyOf(MARCH_3)).isEmpty();
    assertThat(series.asOf(T0).latest()).contains(m(MARCH_1, 0, 9));
    assertThat(series.asOf(T0.minusSeconds(1)).isEmpty()).isTrue();
    assertThat(series.asOf(T0.plusSeconds(300))).isEqualTo(series);
  }
}
