package dev.pillars.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Shares add up: to 1 as fractions, to exactly 100 as rounded percentages. */
class ReceiptSharesProperties {
  private static Gen<List<WeightedScore>> inputs() {
    Gen<double[]> pair = doubles().between(-10, 10).zip(doubles().between(0, 1e6), (v, w) -> new double[] {v, w});
    return lists().of(pair).ofSizeBetween(1, 30).map(pairs -> {
      List<WeightedScore> out = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        // the first input weighs at least 1, so that every list can be weighed
        out.add(WeightedScore.of("c" + i, pairs.get(i)[0], i == 0 ? 1 + pairs.get(i)[1] : pairs.get(i)[1]));
      }
      return out;
    });
  }

  @Test
  void sharesAddUpToOneAndWeighTheResult() {
    qt().forAll(inputs()).checkAssert(in -> {
      Receipt receipt = AggregationStrategy.weightedMean().aggregate(in).receipt();
      Map<String, Double> shares = receipt.shares();
      assertThat(shares.keySet()).containsExactlyElementsOf(receipt.lines().stream().map(ReceiptLine::name).toList());
      double sum = 0;
      double weighted = 0;
      for (ReceiptLine line : receipt.lines()) {
        double share = shares.get(line.name());
        assertThat(share).isBetween(0.0, 1.0);
        sum += share;
        weighted += share * line.value();
      }
      assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
      // a mean is the sum of share times value: the share is the input's part of the result
      assertThat(weighted).isCloseTo(receipt.unroundedValue(), org.assertj.core.data.Offset.offset(1e-9));
    });
  }

  @Test
  void roundedPercentagesAddUpToExactlyOneHundredAndStayWithinOneUnit() {
    qt().forAll(inputs(), integers().between(0, 6)).checkAssert((in, places) -> {
      Receipt receipt = AggregationStrategy.proportionalToTarget().aggregate(in).receipt();
      Map<String, BigDecimal> percentages = receipt.sharePercentages(places);
      BigDecimal total = percentages.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(total).isEqualByComparingTo("100");
      BigDecimal unit = BigDecimal.ONE.movePointLeft(places);
      receipt.shares().forEach((name, share) -> {
        BigDecimal exact = new BigDecimal(share * 100);
        assertThat(percentages.get(name).scale()).isEqualTo(places);
        assertThat(percentages.get(name).subtract(exact).abs()).isLessThanOrEqualTo(unit);
        assertThat(percentages.get(name).signum()).isGreaterThanOrEqualTo(0);
      });
    });
  }
}
