package dev.pillars.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * A receipt's arithmetic check is relative to the size of what it adds up and ends exactly at
 * {@link Receipt#TOLERANCE}; {@link Receipt#explain()} shows the intercept and the context, and
 * never prints a negative zero; a missing fact and percentages without weight are refused or empty.
 */
class ReceiptToleranceAndExplainTest {
  private static Receipt.Builder receipt() {
    return Receipt.builder().kind(StrategyKind.NORMALISATION).config(StrategyConfig.of("check"));
  }

  @Test
  void largeContributionsThatCancelMayMissTheValueByTheToleranceTimesTheirSize() {
    Receipt accepted = receipt()
        .addLines(ReceiptLine.of("up", 1e6, 1, 1e6), ReceiptLine.of("down", -1e6, 1, -1e6))
        .unroundedValue(1e-4)
        .build();
    assertThat(accepted.unroundedValue()).isEqualTo(1e-4);
    assertThatThrownBy(() -> receipt()
            .addLines(ReceiptLine.of("up", 1e6, 1, 1e6), ReceiptLine.of("down", -1e6, 1, -1e6))
            .unroundedValue(1e-2)
            .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("lines was 0.0: contributions plus intercept must add up to the unrounded value 0.01");
  }

  @Test
  void aSmallReceiptMayMissByExactlyTheToleranceAndNoMore() {
    assertThat(receipt().unroundedValue(Receipt.TOLERANCE).build().contributionSum()).isZero();
    assertThatThrownBy(() -> receipt().unroundedValue(2 * Receipt.TOLERANCE).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must add up to the unrounded value");
  }

  @Test
  void explainShowsTheInterceptAndTheContext() {
    Receipt receipt = receipt()
        .addLines(ReceiptLine.of("raw", 2, 0.5, 1))
        .intercept(0.25)
        .putContext("mean", 3.5)
        .unroundedValue(1.25)
        .build();
    assertThat(receipt.explain()).isEqualTo(String.join("\n",
        "normalisation check{}",
        "  input                   value       weight   contribution    share",
        "  raw                         2          0.5              1  100.0 %",
        "  (intercept)                                          0.25         ",
        "  mean = 3.5",
        "  = 1.25",
        ""));
  }

  @Test
  void explainPrintsATinyNegativeAsZero() {
    Receipt receipt = receipt().intercept(-1e-9).unroundedValue(-1e-9).build();
    assertThat(receipt.explain()).contains("(intercept)").endsWith("  = 0\n").doesNotContain("-0");
  }

  @Test
  void aMissingFactIsRefusedNamingTheFactsThereAre() {
    Receipt receipt = receipt().putContext("mean", 3.5).unroundedValue(0).build();
    assertThat(receipt.fact("mean")).isEqualTo(3.5);
    assertThatThrownBy(() -> receipt.fact("stdev"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("context was 'stdev': must be a fact of this receipt, one of [mean]");
  }

  @Test
  void percentagesOfLinesWithoutWeightAreEmpty() {
    Receipt receipt = receipt().addLines(ReceiptLine.of("a", 1, 0, 1), ReceiptLine.of("b", 1, 0, 0)).unroundedValue(1).build();
    assertThat(receipt.sharePercentages(2)).isEmpty();
    assertThat(receipt.shares()).isEmpty();
  }
}
