package dev.pillars.scoring.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.PillarsException;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.UnknownStrategyException;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import dev.pillars.scoring.spi.StrategyProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyRegistryTest {
  /** A custom strategy: the greatest child wins. */
  record Maximum(StrategyConfig config) implements AggregationStrategy {
    @Override
    public Score aggregate(List<WeightedScore> inputs) {
      WeightedScore best = inputs.stream().max(java.util.Comparator.comparingDouble(WeightedScore::value)).orElseThrow(
          () -> new InvalidInputException("inputs", inputs, "must hold at least one score"));
      Receipt.Builder r = Receipt.builder().kind(kind()).config(config);
      inputs.forEach(i -> r.addLines(ReceiptLine.of(i.name(), i.value(), i.weight(), i == best ? best.value() : 0.0)));
      return Score.of(r.unroundedValue(best.value()).build());
    }
  }

  @Test
  void holdsEveryBuiltInByKindAndName() {
    StrategyRegistry registry = StrategyRegistry.builtIns();
    assertThat(registry.names(StrategyKind.AGGREGATION))
        .containsExactly("mean", "minimum", "okr", "proportional-to-target", "weighted-mean");
    assertThat(registry.names(StrategyKind.ATTAINMENT)).containsExactly("binary", "linear", "payout-curve");
    assertThat(registry.names(StrategyKind.COMPOSITION)).containsExactly("weighted-components");
    assertThat(registry.names(StrategyKind.RATING)).containsExactly("bands", "okr");
    assertThat(registry.names(StrategyKind.NORMALISATION)).containsExactly("forced-distribution", "identity", "rescale", "z-score");
    assertThat(registry.names(StrategyKind.ALLOCATION)).containsExactly("rating-proportional");
  }

  @Test
  void registersACustomStrategyInOneLine() {
    StrategyRegistry registry = StrategyRegistry.builder()
        .register(StrategyProvider.of("maximum", StrategyKind.AGGREGATION, Maximum::new))
        .build();
    AggregationStrategy max = registry.aggregation(StrategyConfig.of("maximum"));
    Score score = max.aggregate(List.of(WeightedScore.of("a", 0.2), WeightedScore.of("b", 0.9)));
    assertThat(score.value()).isEqualTo(0.9);
    assertThat(registry.replay(score.receipt())).isEqualTo(score);
  }

  @Test
  void failsClearlyOnUnknownNames() {
    assertThatThrownBy(() -> StrategyRegistry.builtIns().aggregation(StrategyConfig.of("median")))
        .isInstanceOf(UnknownStrategyException.class)
        .hasMessage("strategy was 'median': must name a registered AGGREGATION strategy, one of "
            + "[mean, minimum, okr, proportional-to-target, weighted-mean]");
    assertThatThrownBy(() -> StrategyRegistry.builtIns().composition(StrategyConfig.of("formula")))
        .isInstanceOf(UnknownStrategyException.class)
        .hasMessageContaining("COMPOSITION");
  }

  @Test
  void refusesTheSameNameTwiceForAKind() {
    StrategyRegistry.Builder builder = StrategyRegistry.builder();
    assertThatThrownBy(() -> builder.register(StrategyProvider.of("mean", StrategyKind.AGGREGATION, Maximum::new)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("provider.name was 'mean': must not be registered twice for AGGREGATION");
    builder.register(StrategyProvider.of("mean", StrategyKind.RATING, c -> dev.pillars.scoring.rating.RatingStrategy.okr()));
  }

  @Test
  void catchesProvidersThatBreakTheirContract() {
    StrategyRegistry registry = StrategyRegistry.builder()
        .register(StrategyProvider.of("liar", StrategyKind.AGGREGATION, c -> AggregationStrategy.mean()))
        .register(StrategyProvider.of("wrong-kind", StrategyKind.ATTAINMENT, Maximum::new))
        .build();
    assertThatThrownBy(() -> registry.aggregation(StrategyConfig.of("liar")))
        .isInstanceOf(PillarsException.class)
        .hasMessageContaining("broke its contract");
    assertThatThrownBy(() -> registry.attainment(StrategyConfig.of("wrong-kind"))).hasMessageContaining("AttainmentStrategy");
  }

  @Test
  void serviceLoaderFindsNothingExtraWhenNoJarProvidesAny() {
    StrategyRegistry registry = StrategyRegistry.builder().withServiceLoader(getClass().getClassLoader()).build();
    assertThat(registry.names(StrategyKind.AGGREGATION)).hasSize(5);
    assertThat(registry.toString()).contains("AGGREGATION=[mean, minimum, okr, proportional-to-target, weighted-mean]");
  }

  @Test
  void replayRefusesReceiptsOfAnotherConfiguration() {
    Score score = AggregationStrategy.mean().aggregate(List.of(WeightedScore.of("a", 1)));
    assertThatThrownBy(() -> AggregationStrategy.weightedMean().replay(score.receipt()))
        .hasMessageContaining("receipt.config was mean{}: must be weighted-mean{}");
  }
}
