package dev.pillars.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.pillars.core.InvalidInputException;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Each input's share of a result, so that a UI prints "why" without arithmetic. */
class ReceiptSharesTest {
  private static final Offset<Double> EPS = Offset.offset(1e-12);

  private static Receipt bySize() {
    return AggregationStrategy.proportionalToTarget().aggregate(List.of(
        WeightedScore.of("north", 1.00, 1, 100_000),
        WeightedScore.of("south", 0.40, 1, 20_000),
        WeightedScore.of("east", 0.10, 1, 1_000))).receipt();
  }

  @Test
  void targetsOf100k20kAnd1kHaveSharesOf83And17And1Percent() {
    Receipt receipt = bySize();
    assertThat(receipt.shares()).containsOnlyKeys("east", "north", "south");
    assertThat(receipt.share("north").orElseThrow()).isCloseTo(100.0 / 121, EPS);
    assertThat(receipt.share("south").orElseThrow()).isCloseTo(20.0 / 121, EPS);
    assertThat(receipt.share("east").orElseThrow()).isCloseTo(1.0 / 121, EPS);
    assertThat(receipt.share("west")).isEmpty();
    // each rounded on its own, as the table shows them
    assertThat(receipt.explain())
        .contains("share")
        .contains("  north                       1       100000       0.826446   82.6 %\n")
        .contains("  south                     0.4        20000       0.066116   16.5 %\n")
        .contains("  east                      0.1         1000       0.000826    0.8 %\n");
    // rounded so that they add up to exactly 100
    assertThat(receipt.sharePercentages(1)).containsExactly(
        entry("east", new BigDecimal("0.8")), entry("north", new BigDecimal("82.7")), entry("south", new BigDecimal("16.5")));
    assertThat(receipt.sharePercentages(0)).containsExactly(
        entry("east", new BigDecimal("1")), entry("north", new BigDecimal("83")), entry("south", new BigDecimal("16")));
  }

  @Test
  void aStrategyWithoutWeightsGivesEachInputAnEqualShare() {
    Receipt attainment = AttainmentStrategy.linear().attainment(50, dev.pillars.core.kpi.KpiTarget.of(0, 100)).receipt();
    assertThat(attainment.shares()).containsExactly(entry("actual", 1.0));
    assertThat(attainment.sharePercentages(2)).containsExactly(entry("actual", new BigDecimal("100.00")));
  }

  @Test
  void noSharesWithoutLinesOrWithoutAPositiveTotalWeight() {
    Receipt empty = Receipt.builder().kind(StrategyKind.AGGREGATION).config(StrategyConfig.of("x"))
        .unroundedValue(0).build();
    assertThat(empty.shares()).isEmpty();
    assertThat(empty.sharePercentages(1)).isEmpty();
    Receipt zeroWeights = Receipt.builder().kind(StrategyKind.AGGREGATION).config(StrategyConfig.of("x"))
        .addLines(ReceiptLine.of("a", 1, 0, 1)).unroundedValue(1).build();
    assertThat(zeroWeights.shares()).isEmpty();
    assertThat(zeroWeights.explain()).doesNotContain("%");
    Receipt negative = Receipt.builder().kind(StrategyKind.NORMALISATION).config(StrategyConfig.of("x"))
        .addLines(ReceiptLine.of("a", 1, -1, -1), ReceiptLine.of("b", 1, 2, 2)).unroundedValue(1).build();
    assertThat(negative.shares()).isEmpty();
  }

  @Test
  void rejectsBadArguments() {
    Receipt receipt = bySize();
    assertThatThrownBy(() -> receipt.sharePercentages(7))
        .isInstanceOf(InvalidInputException.class).hasMessage("places was 7: must be between 0 and 6");
    assertThatThrownBy(() -> receipt.sharePercentages(-1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> receipt.share(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void replayHelpersCheckTheWriterAndTheLines() {
    Receipt receipt = bySize();
    assertThat(receipt.requireWrittenBy(AggregationStrategy.proportionalToTarget())).isSameAs(receipt);
    assertThat(receipt.requiredLine("south")).isEqualTo(0.4);
    assertThatThrownBy(() -> receipt.requireWrittenBy(AggregationStrategy.mean()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("receipt.config was proportional-to-target{}: must be mean{}");
    assertThatThrownBy(() -> receipt.requireWrittenBy(AttainmentStrategy.linear()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("receipt.kind was AGGREGATION: must be ATTAINMENT");
    assertThatThrownBy(() -> receipt.requiredLine("west"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must hold the line west");
    assertThatThrownBy(() -> receipt.requireWrittenBy(null)).isInstanceOf(NullPointerException.class).hasMessage("strategy");
    assertThatThrownBy(() -> receipt.requiredLine(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
  }
}
