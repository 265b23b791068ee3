package dev.pillars.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ReceiptTest {
  @Test
  void appliesRoundingToTheOutputOnly() {
    Receipt receipt =
        Receipt.builder()
            .kind(StrategyKind.AGGREGATION)
            .config(StrategyConfig.of("weighted-mean").withRounding(Rounding.halfUp(2)))
            .addLines(ReceiptLine.of("a", 2.0, 1, 1.0), ReceiptLine.of("b", 3.35, 1, 1.675))
            .unroundedValue(2.675)
            .build();
    assertThat(receipt.unroundedValue()).isEqualTo(2.675);
    assertThat(receipt.value()).isEqualTo(2.68);
    assertThat(receipt.roundingAdjustment()).isCloseTo(0.005, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(receipt.explain()).contains("a", "b", "= 2.675, rounded to 2 places HALF_UP: 2.68");
    assertThat(Score.of(receipt).value()).isEqualTo(2.68);
  }

  @Test
  void rejectsContributionsThatDoNotAddUp() {
    assertThatThrownBy(() -> Receipt.builder()
            .kind(StrategyKind.AGGREGATION)
            .config(StrategyConfig.of("weighted-mean"))
            .addLines(ReceiptLine.of("a", 2.0, 1, 1.0))
            .unroundedValue(2.0)
            .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("contributions plus intercept must add up to the unrounded value 2.0");
  }

  @Test
  void rejectsRepeatedInputsAndNonFiniteNumbers() {
    assertThatThrownBy(() -> Receipt.builder()
            .kind(StrategyKind.AGGREGATION)
            .config(StrategyConfig.of("weighted-mean"))
            .addLines(ReceiptLine.of("a", 2.0, 1, 1.0), ReceiptLine.of("a", 2.0, 1, 1.0))
            .unroundedValue(2.0)
            .build())
        .hasMessageContaining("must name each input once");
    assertThatThrownBy(() -> ReceiptLine.of("a", Double.NaN, 1, 0)).hasMessageContaining("value was NaN");
    assertThatThrownBy(() -> Receipt.builder()
            .kind(StrategyKind.AGGREGATION)
            .config(StrategyConfig.of("weighted-mean"))
            .putContext("x", Double.POSITIVE_INFINITY)
            .unroundedValue(0)
            .build())
        .hasMessageContaining("context.x was Infinity");
  }

  @Test
  void roundsTheShortestDecimalFormWithTheGivenMode() {
    assertThat(Rounding.halfUp(2).apply(2.675)).isEqualTo(2.68);
    assertThat(Rounding.of(2, RoundingMode.HALF_EVEN).apply(2.665)).isEqualTo(2.66);
    assertThat(Rounding.of(0, RoundingMode.FLOOR).apply(-0.5)).isEqualTo(-1.0);
    assertThat(Rounding.halfUp(1).apply(-0.04)).isEqualTo(0.0).isNotNegative();
    assertThatThrownBy(() -> Rounding.of(2, RoundingMode.UNNECESSARY)).hasMessageContaining("not UNNECESSARY");
    assertThatThrownBy(() -> Rounding.of(16, RoundingMode.UP)).hasMessageContaining("places was 16");
    assertThatThrownBy(() -> Rounding.halfUp(2).apply(Double.NaN)).hasMessageContaining("value was NaN");
  }

  @Test
  void convertsBetweenStarsPercentAndFractions() {
    Scale stars = Scale.stars(5);
    assertThat(stars.convert(3.5, Scale.PERCENT)).isEqualTo(70.0);
    assertThat(stars.convert(3.5, Scale.FRACTION)).isEqualTo(0.7);
    assertThat(Scale.PERCENT.convert(70, stars)).isEqualTo(3.5);
    assertThat(Scale.of(1, 5).convert(5, Scale.PERCENT)).isEqualTo(100.0);
    assertThat(Scale.of(1, 5).convert(1, Scale.PERCENT)).isEqualTo(0.0);
    assertThatThrownBy(() -> stars.convert(5.5, Scale.PERCENT)).hasMessageContaining("value was 5.5: must be between 0.0 and 5.0");
    assertThatThrownBy(() -> Scale.of(5, 5)).hasMessageContaining("must be above min 5.0");
    assertThatThrownBy(() -> Scale.stars(0)).hasMessageContaining("stars was 0");
  }
}
