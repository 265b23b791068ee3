package dev.pillars.scoring.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.InvalidParameterException;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A weighted composition's factor: from just above 0 up to 1,000,000 included, noted on the receipt
 * and, unless 1, no longer bounded by the inputs; a composition must name a component; weights in
 * notes are written as whole numbers up to 10^15.
 */
class CompositionFactorTest {
  private static final StrategyRegistry REGISTRY = StrategyRegistry.builtIns();

  private static StrategyConfig config(Map<String, Double> weights) {
    return StrategyConfig.of("weighted-components").withTable("weights", weights).with("absent", "RENORMALISE");
  }

  @Test
  void theFactorMayBeAMillionButNoMore() {
    CompositionStrategy million = REGISTRY.composition(config(Map.of("goals", 1.0)).with("factor", 1e6));
    assertThat(million.compose(Map.of("goals", 0.5)).receipt().notes()).containsExactly("the weighted mean times 1000000");
    assertThat(million.compose(Map.of("goals", 0.5)).value()).isEqualTo(500_000);
    assertThat(million.characteristics()).containsExactly(Characteristic.MONOTONE);
    assertThatThrownBy(() -> REGISTRY.composition(config(Map.of("goals", 1.0)).with("factor", 2e6)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("must be positive and at most 1000000");
  }

  @Test
  void withoutAFactorTheScoreLiesBetweenTheInputs() {
    CompositionStrategy plain = CompositionStrategy.weighted(Map.of("goals", 1.0, "values", 3.0), AbsentComponentPolicy.RENORMALISE);
    assertThat(plain.characteristics()).containsExactlyInAnyOrder(Characteristic.MONOTONE, Characteristic.BOUNDED_BY_INPUTS);
    assertThat(plain.components()).containsExactly("goals", "values");
  }

  @Test
  void aCompositionMustNameAComponent() {
    assertThatThrownBy(() -> REGISTRY.composition(config(Map.of())))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("must name at least one component");
  }

  @Test
  void weightsUpTo10To15AreWrittenWhole() {
    CompositionStrategy big = CompositionStrategy.weighted(
        Map.of("a", 1e15, "b", 999_999_999_999_999.0, "c", 1.0), AbsentComponentPolicy.RENORMALISE);
    assertThat(big.compose(Map.of("c", 0.5)).receipt().notes()).containsExactly(
        "component a absent: its weight 1.0E15 spread over the 1 present components, which weigh 1 of 2.0E15",
        "component b absent: its weight 999999999999999 spread over the 1 present components, which weigh 1 of 2.0E15");
  }
}
