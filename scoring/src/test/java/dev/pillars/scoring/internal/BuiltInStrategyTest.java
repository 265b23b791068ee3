package dev.pillars.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.scoring.InvalidParameterException;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltInStrategyTest {
  @Test
  void checksTheNameAndTheParametersOfAConfiguration() {
    StrategyConfig mean = StrategyConfig.of("mean").with("noInputs", "ZERO");
    assertThat(BuiltInStrategy.check(mean, Set.of("mean", "okr"), Set.of("noInputs"))).isSameAs(mean);
    assertThatThrownBy(() -> BuiltInStrategy.check(StrategyConfig.of("median"), Set.of("mean"), Set.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("strategy was 'median': must be mean");
    assertThatThrownBy(() -> BuiltInStrategy.check(StrategyConfig.of("median"), Set.of("okr", "mean"), Set.of()))
        .hasMessage("strategy was 'median': must be one of [mean, okr]");
    assertThatThrownBy(() -> BuiltInStrategy.check(mean, Set.of("mean"), Set.of()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("noInputs");
    assertThatThrownBy(() -> BuiltInStrategy.check(null, Set.of("mean"), Set.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("config");
  }

  @Test
  void aBuiltInPrintsAndReturnsItsConfiguration() {
    AggregationStrategy mean = AggregationStrategy.weightedMean();
    assertThat(mean).isInstanceOf(BuiltInStrategy.class).hasToString("weighted-mean{}");
    assertThat(mean.config()).isEqualTo(StrategyConfig.of("weighted-mean"));
    assertThat(AttainmentStrategy.linear(1.2)).hasToString("linear{cap=1.2}");
  }
}
