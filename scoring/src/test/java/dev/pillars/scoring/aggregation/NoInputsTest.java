package dev.pillars.scoring.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.scoring.InvalidParameterException;
import dev.pillars.scoring.NoScore;
import dev.pillars.scoring.NoScoreException;
import dev.pillars.scoring.Outcome;
import dev.pillars.scoring.Rounding;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Aggregating no inputs: no score with its reason by default, zero where configured. */
class NoInputsTest {
  private static final StrategyRegistry REGISTRY = StrategyRegistry.builtIns();
  private static final List<String> NAMES = List.of(
      AggregationStrategy.WEIGHTED_MEAN, AggregationStrategy.MEAN, AggregationStrategy.PROPORTIONAL_TO_TARGET,
      AggregationStrategy.MINIMUM, AggregationStrategy.OKR);

  @Test
  void aParentWhoseLastChildLeftHasNoScoreNotZero() {
    for (String name : NAMES) {
      AggregationStrategy strategy = REGISTRY.aggregation(StrategyConfig.of(name));
      assertThat(strategy.noInputs()).isEqualTo(NoInputsPolicy.NO_SCORE);
      Outcome outcome = strategy.outcome(List.of());
      assertThat(outcome).as(name).isInstanceOf(NoScore.class);
      NoScore none = outcome.asNoScore().orElseThrow();
      assertThat(none.reason()).isEqualTo(NoScore.Reason.NO_INPUTS);
      assertThat(none.config()).isEqualTo(strategy.config());
      assertThat(none.kind()).isEqualTo(strategy.kind());
      assertThat(none.detail()).contains("no inputs");
      assertThat(none).hasToString("no score by " + name + ": " + none.detail());
      assertThat(outcome.asScore()).isEmpty();
      assertThat(outcome.valueOr(Double.NaN)).isNaN();
    }
  }

  @Test
  void askingForANumberWhereThereIsNoneThrowsWithTheReason() {
    AggregationStrategy mean = AggregationStrategy.weightedMean();
    assertThatThrownBy(() -> mean.aggregate(List.of()))
        .isInstanceOf(NoScoreException.class)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("inputs was []: must hold something to score")
        .satisfies(e -> assertThat(((NoScoreException) e).noScore()).isEqualTo(mean.outcome(List.of())));
  }

  @Test
  void aHostThatWantsZeroConfiguresItPerStrategy() {
    for (String name : NAMES) {
      StrategyConfig config = StrategyConfig.of(name).with(AggregationStrategy.NO_INPUTS, "ZERO");
      AggregationStrategy strategy = REGISTRY.aggregation(config);
      assertThat(strategy.noInputs()).isEqualTo(NoInputsPolicy.ZERO);
      Score zero = strategy.aggregate(List.of());
      assertThat(zero.value()).as(name).isEqualTo(0.0);
      assertThat(zero.receipt().lines()).isEmpty();
      assertThat(zero.receipt().notes()).containsExactly("no inputs: scored 0, as configured (noInputs = ZERO)");
      assertThat(strategy.outcome(List.of())).isEqualTo(zero);
      assertThat(REGISTRY.replay(zero.receipt())).isEqualTo(zero);
    }
    StrategyConfig rounded = StrategyConfig.of(AggregationStrategy.MEAN).with(AggregationStrategy.NO_INPUTS, "ZERO")
        .withRounding(Rounding.halfUp(2));
    assertThat(REGISTRY.aggregation(rounded).aggregate(List.of()).value()).isEqualTo(0.0);
  }

  @Test
  void theSettingOnlyChangesWhatNoInputsGive() {
    List<WeightedScore> inputs = List.of(WeightedScore.of("a", 0.4, 2), WeightedScore.of("b", 0.9, 1));
    for (String name : NAMES) {
      Score plain = REGISTRY.aggregation(StrategyConfig.of(name)).aggregate(inputs);
      StrategyConfig zeroConfig = StrategyConfig.of(name).with(AggregationStrategy.NO_INPUTS, "ZERO");
      Outcome zero = REGISTRY.aggregation(zeroConfig).outcome(inputs);
      assertThat(zero.valueOr(Double.NaN)).as(name).isEqualTo(plain.value());
      assertThat(REGISTRY.aggregation(StrategyConfig.of(name)).outcome(inputs)).isEqualTo(plain);
    }
  }

  @Test
  void rejectsAPolicyItDoesNotKnowAndNulls() {
    assertThatThrownBy(() -> REGISTRY.aggregation(StrategyConfig.of("mean").with(AggregationStrategy.NO_INPUTS, "NEVER")))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("mean.noInputs was 'NEVER': must be one of [NO_SCORE, ZERO]");
    assertThatThrownBy(() -> REGISTRY.aggregation(StrategyConfig.of("minimum").with(AggregationStrategy.NO_INPUTS, 0.0)))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> AggregationStrategy.mean().outcome(null))
        .isInstanceOf(NullPointerException.class).hasMessage("inputs");
    assertThatThrownBy(() -> AggregationStrategy.mean().aggregate(null))
        .isInstanceOf(NullPointerException.class).hasMessage("inputs");
    assertThatThrownBy(() -> NoInputsPolicy.ZERO.score(null))
        .isInstanceOf(NullPointerException.class).hasMessage("strategy");
    assertThatThrownBy(() -> NoInputsPolicy.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("config");
  }

  @Test
  void aNoScoreNamesItsReason() {
    AggregationStrategy mean = AggregationStrategy.mean();
    assertThatThrownBy(() -> NoScore.of(mean, NoScore.Reason.NO_INPUTS, " "))
        .isInstanceOf(InvalidInputException.class).hasMessage("detail was ' ': must not be blank");
    assertThatThrownBy(() -> NoScore.of(mean, null, "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("reason");
    assertThatThrownBy(() -> NoScore.of(null, NoScore.Reason.NO_INPUTS, "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("strategy");
  }
}
