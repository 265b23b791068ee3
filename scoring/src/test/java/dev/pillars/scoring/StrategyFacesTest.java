package dev.pillars.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.allocation.AllocationStrategy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import dev.pillars.scoring.composition.CompositionStrategy;
import dev.pillars.scoring.normalisation.NormalisationStrategy;
import dev.pillars.scoring.normalisation.RaterRating;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.scoring.rating.RatingStrategy;
import dev.pillars.scoring.registry.StrategyRegistry;
import dev.pillars.scoring.spi.StrategyProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every built-in strategy shows of itself: its configuration, its traits, its own name only. */
class StrategyFacesTest {
  private static List<StrategyProvider> providers() {
    return Stream.of(AttainmentStrategy.builtIns(), AggregationStrategy.builtIns(), CompositionStrategy.builtIns(),
            RatingStrategy.builtIns(), NormalisationStrategy.builtIns(), AllocationStrategy.builtIns())
        .flatMap(List::stream).toList();
  }

  @Test
  void aProviderBuildsOnlyTheStrategyItIsNamedFor() {
    for (StrategyProvider provider : providers()) {
      assertThatThrownBy(() -> provider.create(StrategyConfig.of("not-" + provider.name())))
          .as(provider.name())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("not-" + provider.name());
    }
  }

  @Test
  void everyBuiltInSaysItsConfigurationAndAllButZScoreAreMonotone() {
    StrategyRegistry registry = StrategyRegistry.builtIns();
    List<ScoringStrategy> strategies = new ArrayList<>(List.of(
        AttainmentStrategy.linear(), AttainmentStrategy.linear(1.5), AttainmentStrategy.payoutCurve(), AttainmentStrategy.binary(),
        AggregationStrategy.weightedMean(), AggregationStrategy.mean(), AggregationStrategy.minimum(),
        AggregationStrategy.okr(), AggregationStrategy.proportionalToTarget(),
        RatingStrategy.okr(), NormalisationStrategy.identity(), NormalisationStrategy.zScore(Scale.of(1, 5)),
        NormalisationStrategy.rescale(Scale.stars(5), Scale.PERCENT), AllocationStrategy.ratingProportional(),
        CompositionStrategy.weighted(java.util.Map.of("goals", 0.6, "skills", 0.4), dev.pillars.scoring.composition.AbsentComponentPolicy.REJECT)));
    for (ScoringStrategy strategy : strategies) {
      assertThat(strategy).as(strategy.config().name()).hasToString(strategy.config().toString());
      if (!strategy.config().name().equals(NormalisationStrategy.Z_SCORE)) { // each rater's order only
        assertThat(strategy.characteristics()).as(strategy.config().name()).contains(Characteristic.MONOTONE);
      }
      assertThat(registry.create(strategy.kind(), strategy.config()).config()).isEqualTo(strategy.config());
    }
  }

  @Test
  void ratingBandsExposeTheirScaleAndRange() {
    RatingScale scale = RatingScale.of(RatingLevel.of(1, "low"), RatingLevel.of(2, "mid"), RatingLevel.of(3, "high"));
    RatingStrategy bands = RatingStrategy.nearest(scale);
    assertThat(bands.range()).contains(Scale.of(1, 3));
    assertThat(bands).hasToString(bands.config().toString());
    assertThat(scale.highest()).isEqualTo(RatingLevel.of(3, "high"));
    assertThat(scale.lowest()).isEqualTo(RatingLevel.of(1, "low"));
    assertThat(scale.level("mid")).contains(RatingLevel.of(2, "mid"));
    assertThat(scale.level("none")).isEmpty();
    assertThat(bands.rate(1.49).level().label()).isEqualTo("low");
    assertThat(bands.rate(1.5).level().label()).isEqualTo("mid");
    assertThat(bands.rate(2.5).level().label()).isEqualTo("high");
    assertThat(bands.rate(-10).level().label()).isEqualTo("low");
    assertThat(bands.rate(10).level().label()).isEqualTo("high");
  }

  @Test
  void anInvalidParameterNamesTheStrategyAndTheParameter() {
    InvalidParameterException e = new InvalidParameterException("linear", "cap", 0.5, "must be at least 1");
    assertThat(e.strategy()).isEqualTo("linear");
    assertThat(e.parameter()).isEqualTo("cap");
    assertThatThrownBy(() -> AttainmentStrategy.linear(0.5)).isInstanceOfSatisfying(InvalidParameterException.class, ex -> {
      assertThat(ex.strategy()).isEqualTo(AttainmentStrategy.LINEAR);
      assertThat(ex.parameter()).isEqualTo("cap");
    });
  }

  @Test
  void zScoreRejectsASubjectRatedTwiceByOneRater() {
    EmployeeId rater = EmployeeId.of("r");
    assertThatThrownBy(() -> NormalisationStrategy.zScore(Scale.of(1, 5)).normalise(List.of(
            RaterRating.of(rater, EmployeeId.of("s"), 2), RaterRating.of(rater, EmployeeId.of("s"), 3))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must rate each subject at most once per rater");
  }
}
