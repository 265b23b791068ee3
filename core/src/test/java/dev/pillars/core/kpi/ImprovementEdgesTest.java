package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Improvements at their edges: no change, no later data, distances too large for a double. */
class ImprovementEdgesTest {
  private static final KpiId DEFECTS = KpiId.of("defects");
  private static final LocalDate START = LocalDate.of(2026, 1, 5);

  @Test
  void theSummarySaysWhichWayTheValueMovedAndWhetherThatIsBetter() {
    assertThat(Improvement.of(Direction.HIGHER_IS_BETTER, 5, 5)).hasToString("5.0 -> 5.0: flat 0.0 % (unchanged)");
    assertThat(Improvement.of(Direction.HIGHER_IS_BETTER, 4, 5)).hasToString("4.0 -> 5.0: up 25.0 % (better)");
    assertThat(Improvement.of(Direction.LOWER_IS_BETTER, 4, 5)).hasToString("4.0 -> 5.0: up 25.0 % (worse)");
    assertThat(Improvement.of(Direction.HIGHER_IS_BETTER, 0, -2)).hasToString("0.0 -> -2.0: down 2.0 (worse)");
    assertThat(Improvement.of(Direction.HIGHER_IS_BETTER, 5, 5).improved()).isFalse();
  }

  @Test
  void valuesTooFarApartForADoubleAreRejected() {
    assertThatThrownBy(() -> Improvement.of(Direction.HIGHER_IS_BETTER, -1e308, 1.7e308))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("laterValue was 1.7E308");
    Band far = Band.of(1e308, 1.5e308);
    assertThatThrownBy(() -> Improvement.withinBand(far, -1e308, 1.2e308))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("baselineValue was -1.0E308");
    assertThatThrownBy(() -> Improvement.withinBand(far, 1.2e308, -1e308))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("laterValue was -1.0E308");
    assertThat(Improvement.withinBand(far, 0, 1.2e308).improved()).isTrue();
  }

  @Test
  void aWindowWithoutMeasurementsGivesNoImprovement() {
    KpiDefinition defects = KpiDefinition.builder().id(DEFECTS).name("Defects").unit("%")
        .direction(Direction.LOWER_IS_BETTER).aggregation(Aggregation.MEAN).frequency(Frequency.WEEKLY).build();
    Instant at = Instant.parse("2026-01-05T09:00:00Z");
    MeasurementSeries series = MeasurementSeries.of(DEFECTS, List.of(
        new Measurement(DEFECTS, START, at, 5), new Measurement(DEFECTS, START.plusWeeks(1), at, 4)));
    Period early = Period.of(START, START.plusWeeks(1));
    Period late = Period.of(START.plusWeeks(10), START.plusWeeks(12));
    assertThat(Improvement.measure(defects, series, early, late)).isEmpty();
    assertThat(Improvement.measure(defects, series, Period.of(START, START), Period.of(START.plusWeeks(1), START.plusWeeks(1))))
        .hasValueSatisfying(i -> assertThat(i.improvement()).isEqualTo(1.0));
  }
}
