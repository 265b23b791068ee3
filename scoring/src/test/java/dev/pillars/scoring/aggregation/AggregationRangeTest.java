package dev.pillars.scoring.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.scoring.Scale;
import org.junit.jupiter.api.Test;

/** OKR's mean promises scores from 0 to 1; the plain mean promises no range. */
class AggregationRangeTest {
  @Test
  void onlyOkrPromisesARange() {
    assertThat(AggregationStrategy.okr().range()).contains(Scale.FRACTION);
    assertThat(AggregationStrategy.mean().range()).isEmpty();
  }
}
