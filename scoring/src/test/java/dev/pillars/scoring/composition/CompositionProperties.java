package dev.pillars.scoring.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CompositionProperties {
  private static final List<String> NAMES = List.of("goals", "competencies", "feedback", "values", "self");

  private static final Gen<Map<String, Double>> WEIGHTS =
      lists().of(Generate.oneOf(doubles().between(0, 100), Generate.constant(0.0))).ofSize(NAMES.size()).map(ws -> {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
          out.put(NAMES.get(i), i == 0 ? ws.get(i) + 1 : ws.get(i));
        }
        return out;
      });

  private static final Gen<Map<String, Double>> PRESENT =
      lists().of(doubles().between(0, 5)).ofSize(NAMES.size())
          .zip(lists().of(Generate.booleans()).ofSize(NAMES.size()), (vs, present) -> {
            Map<String, Double> out = new LinkedHashMap<>();
            for (int i = 0; i < NAMES.size(); i++) {
              if (i == 0 || present.get(i)) {
                out.put(NAMES.get(i), vs.get(i));
              }
            }
            return out;
          });

  @Test
  void renormaliseEqualsTheWeightedMeanOfThePresentComponents() {
    qt().forAll(WEIGHTS, PRESENT).checkAssert((weights, present) -> {
      double composed = CompositionStrategy.weighted(weights, AbsentComponentPolicy.RENORMALISE).compose(present).value();
      List<WeightedScore> inputs = new ArrayList<>();
      present.forEach((name, value) -> inputs.add(WeightedScore.of(name, value, weights.get(name))));
      double mean = AggregationStrategy.weightedMean().aggregate(inputs).value();
      assertThat(composed).isCloseTo(mean, Offset.offset(1e-12));
    });
  }

  @Test
  void countAsZeroEqualsTheWeightedMeanWithAbsentComponentsAtZero() {
    qt().forAll(WEIGHTS, PRESENT).checkAssert((weights, present) -> {
      double composed = CompositionStrategy.weighted(weights, AbsentComponentPolicy.COUNT_AS_ZERO).compose(present).value();
      List<WeightedScore> inputs = new ArrayList<>();
      weights.forEach((name, w) -> inputs.add(WeightedScore.of(name, present.getOrDefault(name, 0.0), w)));
      assertThat(composed).isCloseTo(AggregationStrategy.weightedMean().aggregate(inputs).value(), Offset.offset(1e-12));
      assertThat(composed).isLessThanOrEqualTo(
          CompositionStrategy.weighted(weights, AbsentComponentPolicy.RENORMALISE).compose(present).value() + 1e-12);
    });
  }

  @Test
  void contributionsAddUpAndReplayBitForBit() {
    qt().forAll(WEIGHTS, PRESENT, Generate.enumValues(AbsentComponentPolicy.class)).checkAssert((weights, present, policy) -> {
      CompositionStrategy s = CompositionStrategy.weighted(weights, policy);
      if (policy == AbsentComponentPolicy.REJECT && present.size() < weights.size()) {
        return;
      }
      var score = s.compose(present);
      assertThat(score.receipt().contributionSum()).isCloseTo(score.receipt().unroundedValue(), Offset.offset(1e-12));
      assertThat(Double.doubleToRawLongBits(s.replay(score.receipt()).value()))
          .isEqualTo(Double.doubleToRawLongBits(score.value()));
    });
  }
}
