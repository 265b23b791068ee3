package dev.pillars.scoring.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Rounding;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AggregationProperties {
  private static final StrategyRegistry REGISTRY = StrategyRegistry.builtIns();

  private static final Gen<AggregationStrategy> STRATEGIES =
      Generate.pick(List.of(
              AggregationStrategy.WEIGHTED_MEAN,
              AggregationStrategy.MEAN,
              AggregationStrategy.PROPORTIONAL_TO_TARGET,
              AggregationStrategy.MINIMUM,
              AggregationStrategy.OKR))
          .zip(Generate.booleans(), (name, rounded) -> REGISTRY.aggregation(
              rounded ? StrategyConfig.of(name).withRounding(Rounding.halfUp(3)) : StrategyConfig.of(name)));

  private static final Gen<List<WeightedScore>> CHILDREN =
      integers().between(1, 10).flatMap(n -> lists()
          .of(doubles().between(0, 1).zip(
              Generate.oneOf(doubles().between(0, 10), Generate.constant(0.0), Generate.constant(1.0)),
              Generate.oneOf(doubles().between(1, 1e6), Generate.pick(List.of(1_000.0, 20_000.0, 100_000.0))),
              (v, w, s) -> new double[] {v, w, s}))
          .ofSize(n)
          .map(rows -> {
            List<WeightedScore> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
              double[] r = rows.get(i);
              out.add(WeightedScore.of("g" + i, r[0], i == 0 ? r[1] + 0.1 : r[1], r[2]));
            }
            return out;
          }));

  @Test
  void weightsScaledByAPowerOfTwoUpToTheLargestDoublesGiveTheSameScore() {
    // 2^1019 times a weight of at most 10.1 stays finite, but a few of them add up beyond a double
    qt().forAll(STRATEGIES, CHILDREN).checkAssert((strategy, children) -> {
      List<WeightedScore> huge = new ArrayList<>();
      for (WeightedScore c : children) {
        huge.add(WeightedScore.of(c.name(), c.value(), Math.scalb(c.weight(), 1019), c.size()));
      }
      if (strategy.config().name().equals(AggregationStrategy.PROPORTIONAL_TO_TARGET)) {
        return; // weight times size would overflow: that product is rejected, as it must be
      }
      Receipt plain = strategy.aggregate(children).receipt();
      Receipt scaled = strategy.aggregate(huge).receipt();
      assertThat(scaled.unroundedValue()).isEqualTo(plain.unroundedValue());
      assertThat(scaled.contributionSum()).isEqualTo(plain.contributionSum());
    });
  }

  @Test
  void contributionsAddUpToTheScore() {
    qt().forAll(STRATEGIES, CHILDREN).checkAssert((strategy, children) -> {
      Receipt receipt = strategy.aggregate(children).receipt();
      assertThat(receipt.contributionSum()).isCloseTo(receipt.unroundedValue(), org.assertj.core.data.Offset.offset(1e-12));
    });
  }

  @Test
  void replayGivesTheSameScoreBitForBit() {
    qt().forAll(STRATEGIES, CHILDREN).checkAssert((strategy, children) -> {
      Score score = strategy.aggregate(children);
      Score replayed = REGISTRY.replay(score.receipt());
      assertThat(Double.doubleToRawLongBits(replayed.value())).isEqualTo(Double.doubleToRawLongBits(score.value()));
      assertThat(replayed.receipt().lines()).isEqualTo(score.receipt().lines());
    });
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    qt().forAll(STRATEGIES, CHILDREN, integers().all()).checkAssert((strategy, children, seed) -> {
      List<WeightedScore> shuffled = new ArrayList<>(children);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(strategy.aggregate(shuffled)).isEqualTo(strategy.aggregate(children));
    });
  }

  @Test
  void scalingAllWeightsLeavesTheWeightedMeanWithinRounding() {
    qt().forAll(CHILDREN, doubles().between(0.01, 1000)).checkAssert((children, factor) -> {
      List<WeightedScore> scaled = children.stream()
          .map(c -> WeightedScore.of(c.name(), c.value(), c.weight() * factor, c.size()))
          .toList();
      assertThat(AggregationStrategy.weightedMean().aggregate(scaled).value())
          .isCloseTo(AggregationStrategy.weightedMean().aggregate(children).value(), org.assertj.core.data.Offset.offset(1e-12));
    });
  }

  @Test
  void staysBetweenTheLeastAndGreatestChild() {
    qt().forAll(STRATEGIES, CHILDREN).checkAssert((strategy, children) -> {
      double min = children.stream().mapToDouble(WeightedScore::value).min().orElseThrow();
      double max = children.stream().mapToDouble(WeightedScore::value).max().orElseThrow();
      assertThat(strategy.aggregate(children).receipt().unroundedValue()).isBetween(min, max);
    });
  }

  @Test
  void raisingAChildNeverLowersTheParent() {
    qt().forAll(STRATEGIES, CHILDREN, integers().between(0, 9), doubles().between(0, 1)).checkAssert((strategy, children, i, to) -> {
      int k = i % children.size();
      WeightedScore c = children.get(k);
      double raised = Math.max(c.value(), to);
      List<WeightedScore> higher = new ArrayList<>(children);
      higher.set(k, WeightedScore.of(c.name(), raised, c.weight(), c.size()));
      assertThat(strategy.aggregate(higher).value()).isGreaterThanOrEqualTo(strategy.aggregate(children).value());
    });
  }
}
