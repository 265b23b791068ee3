package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AggregationProperties {
  /** Finite doubles of every magnitude, the extremes and everyday values weighted up. */
  static Gen<Double> anyFinite() {
    Gen<Double> extremes = Generate.pick(List.of(Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0, 0.0));
    Gen<Double> raw = doubles().any().map(d -> Double.isFinite(d) ? d : Math.copySign(Double.MAX_VALUE, d));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(3, raw),
        org.quicktheories.api.Pair.of(2, extremes),
        org.quicktheories.api.Pair.of(2, doubles().between(-1e6, 1e6)));
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  void theMeanOfFiniteValuesIsFiniteAndBetweenTheirSmallestAndLargest() {
    qt().forAll(lists().of(anyFinite()).ofSizeBetween(1, 40)).checkAssert(values -> {
      double mean = Aggregation.MEAN.apply(array(values)).getAsDouble();
      double min = values.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
      double max = values.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
      assertThat(mean).isFinite();
      assertThat(min <= mean && mean <= max).as("%s within [%s, %s]", mean, min, max).isTrue();
    });
  }

  @Test
  void theMeanEqualsThePlainSumOverTheCountWhereThatSumIsFinite() {
    qt().forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(1, 40)).checkAssert(values -> {
      double sum = 0;
      for (double v : values) {
        sum += v;
      }
      double plain = sum / values.size();
      double min = values.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
      double max = values.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
      double expected = plain < min ? min : plain > max ? max : plain;
      assertThat(Aggregation.MEAN.apply(array(values)).getAsDouble()).isEqualTo(expected);
    });
  }

  @Test
  void aSumOfFiniteValuesIsFiniteOrRejectedNamingTheRule() {
    qt().forAll(lists().of(anyFinite()).ofSizeBetween(1, 40)).checkAssert(values -> {
      double plain = 0;
      for (double v : values) {
        plain += v;
      }
      if (Double.isFinite(plain)) {
        assertThat(Aggregation.SUM.apply(array(values))).hasValue(plain);
      } else {
        assertThatThrownBy(() -> Aggregation.SUM.apply(array(values)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("must have a SUM within the range of a double");
      }
    });
  }
}
