package dev.pillars.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A score is a value: equal exactly when the receipts are, so a wrong replay cannot pass as right. */
class ScoreTest {
  private static Score score(double a, double b) {
    return Score.of(Receipt.builder()
        .kind(StrategyKind.AGGREGATION)
        .config(StrategyConfig.of("weighted-mean"))
        .addLines(ReceiptLine.of("a", a, 0.5, a / 2), ReceiptLine.of("b", b, 0.5, b / 2))
        .unroundedValue(a / 2 + b / 2)
        .build());
  }

  @Test
  void scoresAreEqualExactlyWhenTheirReceiptsAre() {
    Score score = score(0.5, 1.0);
    assertThat(score).isEqualTo(score(0.5, 1.0)).hasSameHashCodeAs(score(0.5, 1.0));
    assertThat(score.hashCode()).isEqualTo(score.receipt().hashCode());
    assertThat(score).isNotEqualTo(score(0.5, 0.75));
    // the same value explained differently is another score
    assertThat(score).isNotEqualTo(score(1.0, 0.5));
    assertThat(score.value()).isEqualTo(score(1.0, 0.5).value());
    assertThat(score).isNotEqualTo(score.receipt()).isNotEqualTo(null);
  }

  @Test
  void aScoreSaysItsValueAndStrategy() {
    assertThat(score(0.5, 1.0).value()).isEqualTo(0.75);
    assertThat(score(0.5, 1.0)).hasToString("0.75 by weighted-mean");
  }
}
