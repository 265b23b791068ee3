package dev.pillars.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import dev.pillars.scoring.allocation.Allocation;
import dev.pillars.scoring.allocation.AllocationInput;
import dev.pillars.scoring.allocation.AllocationLine;
import dev.pillars.scoring.allocation.AllocationStrategy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import dev.pillars.scoring.composition.AbsentComponentPolicy;
import dev.pillars.scoring.composition.CompositionStrategy;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.scoring.rating.RatingStrategy;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every rule of scoring's values and strategies has a call that breaks it: the call fails with
 * {@link InvalidInputException} naming the field, and the value next to it on the edge passes.
 */
class ScoringBadInputTest {
  private static final EmployeeId ANA = EmployeeId.of("ana");
  private static final EmployeeId BEN = EmployeeId.of("ben");
  private static final StrategyRegistry REGISTRY = StrategyRegistry.builtIns();

  private static void rejects(ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOf(InvalidInputException.class).hasMessageContaining(field);
  }

  @Test
  void scalesNeedFiniteEndsInOrder() {
    rejects(() -> Scale.of(Double.NaN, 1), "min was NaN");
    rejects(() -> Scale.of(0, Double.POSITIVE_INFINITY), "max was Infinity");
    rejects(() -> Scale.of(1, 1), "max was 1.0");
    rejects(() -> Scale.of(-Double.MAX_VALUE, Double.MAX_VALUE), "finite distance");
    assertThat(Scale.of(1, 1.5).width()).isEqualTo(0.5);
    rejects(() -> Scale.stars(0), "stars was 0");
    rejects(() -> Scale.stars(101), "stars was 101");
    assertThat(Scale.stars(1)).isEqualTo(Scale.of(0, 1));
    assertThat(Scale.stars(100)).isEqualTo(Scale.of(0, 100));
    rejects(() -> Scale.FRACTION.clamp(Double.NaN), "value was NaN");
    assertThat(Scale.FRACTION.clamp(2)).isEqualTo(1.0);
    assertThat(Scale.FRACTION.clamp(-2)).isEqualTo(0.0);
    rejects(() -> Scale.FRACTION.convert(1.5, Scale.PERCENT), "value was 1.5");
    assertThat(Scale.FRACTION.convert(0.25, Scale.PERCENT)).isEqualTo(25.0);
    assertThat(Scale.FRACTION.contains(1.0)).isTrue();
    assertThat(Scale.FRACTION.contains(1.01)).isFalse();
    assertThat(Scale.FRACTION.contains(-0.01)).isFalse();
  }

  @Test
  void roundingTakesZeroToFifteenPlacesAndFiniteValues() {
    rejects(() -> Rounding.halfUp(-1), "places was -1");
    rejects(() -> Rounding.halfUp(16), "places was 16");
    assertThat(Rounding.halfUp(0).apply(2.5)).isEqualTo(3.0);
    assertThat(Rounding.halfUp(15).apply(0.1)).isEqualTo(0.1);
    rejects(() -> Rounding.halfUp(2).apply(Double.NaN), "value was NaN");
  }

  @Test
  void aggregationInputsNeedANameAFiniteValueAndNoNegativeWeights() {
    rejects(() -> WeightedScore.of(" ", 0.5), "name");
    rejects(() -> WeightedScore.of("a", Double.NaN), "a.value was NaN");
    rejects(() -> WeightedScore.of("a", 0.5, -1), "a.weight was -1.0");
    rejects(() -> WeightedScore.of("a", 0.5, 1, -1), "a.size was -1.0");
    assertThat(WeightedScore.of("a", 0.5, 0, 0).weight()).isZero();
    rejects(() -> AggregationStrategy.weightedMean().aggregate(List.of()), "inputs");
    rejects(() -> AggregationStrategy.mean().aggregate(List.of(WeightedScore.of("a", 0.5), WeightedScore.of("a", 0.7))),
        "must name each child once");
    rejects(() -> AggregationStrategy.okr().aggregate(List.of(WeightedScore.of("kr", 1.2))), "kr.value was 1.2");
    rejects(() -> AggregationStrategy.okr().aggregate(List.of(WeightedScore.of("kr", -0.1))), "kr.value was -0.1");
    assertThat(AggregationStrategy.okr().aggregate(List.of(WeightedScore.of("kr", 1.0))).value()).isEqualTo(1.0);
    rejects(() -> AggregationStrategy.weightedMean().aggregate(List.of(WeightedScore.of("a", 0.5, 0))), "inputs");
    rejects(() -> AggregationStrategy.proportionalToTarget().aggregate(
        List.of(WeightedScore.of("a", 0.5, Double.MAX_VALUE, Double.MAX_VALUE))), "a.weight");
    rejects(() -> REGISTRY.aggregation(StrategyConfig.of(AggregationStrategy.MINIMUM).with("x", 1)), "x");
  }

  @Test
  void ratingScalesNeedTwoRisingUniquelyLabelledLevels() {
    rejects(() -> RatingScale.of(RatingLevel.of(1, "low")), "levels");
    rejects(() -> RatingScale.of(RatingLevel.of(1, "low"), RatingLevel.of(2, "low")), "levels[1].label was 'low'");
    rejects(() -> RatingScale.of(RatingLevel.of(2, "low"), RatingLevel.of(2, "high")), "levels[1].value was 2.0");
    rejects(() -> RatingScale.of(RatingLevel.of(2, "low"), RatingLevel.of(1, "high")), "levels[1].value was 1.0");
    rejects(() -> RatingScale.of(List.of(1.0, 2.0), List.of("low")), "labels");
    rejects(() -> RatingLevel.of(Double.NaN, "low"), "value was NaN");
    rejects(() -> RatingLevel.of(1, " "), "label");
    RatingScale three = RatingScale.of(List.of(1.0, 2.0, 3.0), List.of("low", "mid", "high"));
    rejects(() -> RatingStrategy.bands(three, List.of(1.5)), "lowerBounds");
    rejects(() -> RatingStrategy.bands(three, List.of(2.5, 1.5)), "must strictly increase");
    rejects(() -> RatingStrategy.bands(three, List.of(1.5, 1.5)), "must strictly increase");
    RatingStrategy bands = RatingStrategy.bands(three, List.of(1.5, 2.5));
    assertThat(bands.rate(1.5).level().label()).isEqualTo("mid");
    assertThat(bands.rate(1.49).level().label()).isEqualTo("low");
    assertThat(bands.rate(2.5).level().label()).isEqualTo("high");
    rejects(() -> bands.rate(Double.NaN), "score was NaN");
    rejects(() -> RatingStrategy.okr().rate(1.01), "score was 1.01");
    rejects(() -> RatingStrategy.okr().rate(-0.01), "score was -0.01");
    assertThat(RatingStrategy.okr().rate(1.0).level()).isEqualTo(RatingStrategy.okr().scale().levels().get(2));
  }

  @Test
  void weightedCompositionNeedsNamedComponentsWithAPositiveTotal() {
    rejects(() -> CompositionStrategy.weighted(Map.of(), AbsentComponentPolicy.RENORMALISE), "weights");
    rejects(() -> CompositionStrategy.weighted(Map.of("two words", 1.0), AbsentComponentPolicy.RENORMALISE), "weights.two words");
    rejects(() -> CompositionStrategy.weighted(Map.of("goals", -0.5, "skills", 1.0), AbsentComponentPolicy.RENORMALISE),
        "weights.goals was -0.5");
    rejects(() -> CompositionStrategy.weighted(Map.of("goals", 0.0), AbsentComponentPolicy.RENORMALISE), "positive, finite total");
    rejects(() -> CompositionStrategy.weighted(Map.of("goals", Double.MAX_VALUE, "skills", Double.MAX_VALUE),
        AbsentComponentPolicy.RENORMALISE), "positive, finite total");
    CompositionStrategy review = CompositionStrategy.weighted(Map.of("goals", 0.6, "skills", 0.4, "extra", 0.0),
        AbsentComponentPolicy.RENORMALISE);
    rejects(() -> review.compose(Map.of("goals", 0.5, "bonus", 1.0)), "components was 'bonus'");
    rejects(() -> review.compose(Map.of("goals", Double.NaN)), "components.goals was NaN");
    rejects(() -> review.compose(Map.of("extra", 1.0)), "no component of positive weight present");
    assertThat(review.compose(Map.of("goals", 0.5)).value()).isEqualTo(0.5);
    CompositionStrategy strict = CompositionStrategy.weighted(Map.of("goals", 0.6, "skills", 0.4), AbsentComponentPolicy.REJECT);
    rejects(() -> strict.compose(Map.of("goals", 0.5)), "missing [skills]");
    CompositionStrategy zero = CompositionStrategy.weighted(Map.of("goals", 0.5, "skills", 0.5), AbsentComponentPolicy.COUNT_AS_ZERO);
    assertThat(zero.compose(Map.of("goals", 0.5)).value()).isEqualTo(0.25);
  }

  @Test
  void allocationsAddUpToTheBudgetAndNameEachRecipientOnce() {
    StrategyConfig config = AllocationStrategy.ratingProportional().config();
    AllocationLine ana = new AllocationLine(ANA, 3, 100, 300, BigDecimal.valueOf(60), 60, false);
    AllocationLine ben = new AllocationLine(BEN, 2, 100, 200, BigDecimal.valueOf(40), 40, false);
    assertThat(new Allocation(config, 100, List.of(ana, ben)).lines()).hasSize(2);
    rejects(() -> new Allocation(config, 101, List.of(ana, ben)), "amounts must add up to the budget 101");
    rejects(() -> new Allocation(config, 99, List.of(ana, ben)), "amounts must add up to the budget 99");
    rejects(() -> new Allocation(config, 120, List.of(ana, ana)), "must hold each recipient once");
    rejects(() -> new Allocation(config, -1, List.of()), "budget was -1");
    rejects(() -> new AllocationLine(ANA, -1, 100, 0, BigDecimal.ZERO, 0, false), "rating was -1.0");
    rejects(() -> new AllocationLine(ANA, 1, -1, 0, BigDecimal.ZERO, 0, false), "base was -1");
    rejects(() -> new AllocationLine(ANA, 1, 1, -1, BigDecimal.ZERO, 0, false), "points was -1.0");
    rejects(() -> new AllocationLine(ANA, 1, 1, 1, BigDecimal.valueOf(-1), 0, false), "exactShare was -1");
    rejects(() -> new AllocationLine(ANA, 1, 1, 1, BigDecimal.ZERO, -1, false), "amount was -1");
    rejects(() -> AllocationInput.of(ANA, -0.5, 100), "ana.rating was -0.5");
    rejects(() -> AllocationInput.of(ANA, 1, -100), "ana.base was -100");
    assertThat(AllocationInput.of(ANA, 0, 0).base()).isZero();
  }

  @Test
  void ratingProportionalAllocationRejectsWhatItCannotShareExactly() {
    AllocationStrategy strategy = AllocationStrategy.ratingProportional();
    rejects(() -> strategy.allocate(-1, List.of(AllocationInput.of(ANA, 1, 100))), "budget was -1");
    rejects(() -> strategy.allocate(100, List.of(AllocationInput.of(ANA, 1, 100), AllocationInput.of(ANA, 2, 100))),
        "must name each recipient once");
    rejects(() -> strategy.allocate(100, List.of(AllocationInput.of(ANA, 0, 100))), "must include someone with positive points");
    assertThat(strategy.allocate(0, List.of(AllocationInput.of(ANA, 0, 100))).lines().get(0).amount()).isZero();
    rejects(() -> AllocationStrategy.ratingProportional(10).allocate(100,
        List.of(AllocationInput.of(ANA, 1e300, Long.MAX_VALUE))), "ana.points");
    rejects(() -> AllocationStrategy.ratingProportional(-0.1), "exponent was -0.1");
    rejects(() -> AllocationStrategy.ratingProportional(10.1), "exponent was 10.1");
    assertThat(AllocationStrategy.ratingProportional(0).allocate(10,
        List.of(AllocationInput.of(ANA, 5, 100), AllocationInput.of(BEN, 1, 100))).lines().get(0).amount()).isEqualTo(5);
    assertThat(AllocationStrategy.ratingProportional(10).config().number("exponent")).isEqualTo(10.0);
    rejects(() -> REGISTRY.allocation(strategy.config().withRounding(Rounding.halfUp(2))), "rounding");
  }

  @Test
  void aStrategyReplaysOnlyItsOwnReceipts() {
    Score attainment = AttainmentStrategy.linear().attainment(50, KpiTarget.of(0, 100));
    Score aggregation = AggregationStrategy.weightedMean().aggregate(List.of(WeightedScore.of("a", 0.5)));
    rejects(() -> AttainmentStrategy.linear().replay(aggregation.receipt()), "receipt.kind");
    rejects(() -> AggregationStrategy.weightedMean().replay(attainment.receipt()), "receipt.kind");
    rejects(() -> AggregationStrategy.mean().replay(aggregation.receipt()), "receipt.config");
    assertThat(AggregationStrategy.weightedMean().replay(aggregation.receipt())).isEqualTo(aggregation);
    CompositionStrategy review = CompositionStrategy.weighted(Map.of("goals", 1.0), AbsentComponentPolicy.REJECT);
    CompositionStrategy other = CompositionStrategy.weighted(Map.of("goals", 2.0), AbsentComponentPolicy.REJECT);
    Score composed = review.compose(Map.of("goals", 0.5));
    rejects(() -> review.replay(aggregation.receipt()), "receipt.kind");
    rejects(() -> other.replay(composed.receipt()), "receipt.config");
    assertThat(review.replay(composed.receipt())).isEqualTo(composed);
    Score rated = RatingStrategy.okr().rate(0.5).score();
    rejects(() -> RatingStrategy.okr().replay(aggregation.receipt()), "receipt.kind");
    rejects(() -> RatingStrategy.nearest(RatingStrategy.okr().scale()).replay(rated.receipt()), "receipt.config");
    rejects(() -> REGISTRY.replay(Score.of(Receipt.builder().kind(StrategyKind.AGGREGATION)
        .config(StrategyConfig.of("no-such-strategy")).unroundedValue(0).build()).receipt()), "no-such-strategy");
  }
}
