package dev.pillars.scoring.normalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.InvalidParameterException;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rescaled rating's receipt line by line; configurations that name parameters their strategy does
 * not take, or a scale that is not two numbers, are refused; and the point below which a rater's
 * ratings count as not varying: one billionth of the scale's width, that point included.
 */
class NormalisationEdgesTest {
  private static final StrategyRegistry REGISTRY = StrategyRegistry.builtIns();

  @Test
  void aRescaledRatingIsTheRatingTimesTheWidthsRatioPlusAnIntercept() {
    NormalisationStrategy rescale = NormalisationStrategy.rescale(Scale.of(1, 5), Scale.PERCENT);
    Receipt receipt = rescale.normalise(List.of(RaterRating.of(EmployeeId.of("r"), EmployeeId.of("s"), 4)))
        .get(0).score().receipt();
    assertThat(receipt.lines()).containsExactly(ReceiptLine.of("rating", 4, 25, 100));
    assertThat(receipt.intercept()).isEqualTo(-25);
    assertThat(receipt.unroundedValue()).isEqualTo(75);
    assertThat(receipt.notes()).containsExactly("converted from [1.0, 5.0] to [0.0, 100.0]");
  }

  @Test
  void parametersAStrategyDoesNotTakeAreRefused() {
    StrategyConfig identity = StrategyConfig.of("identity").withNumbers("from", List.of(1.0, 5.0));
    assertThatThrownBy(() -> REGISTRY.normalisation(identity))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("from");
    StrategyConfig threeEnds = StrategyConfig.of("z-score").withNumbers("scale", List.of(1.0, 3.0, 5.0));
    assertThatThrownBy(() -> REGISTRY.normalisation(threeEnds))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("must be two numbers [min, max]");
  }

  private static Receipt zScoreReceipt(NormalisationStrategy zScore, double rating, double raterSd) {
    return Receipt.builder().kind(StrategyKind.NORMALISATION).config(zScore.config())
        .addLines(ReceiptLine.of("rating", rating, 1, rating)).unroundedValue(rating)
        .putContext("rater.mean", 3).putContext("rater.sd", raterSd)
        .putContext("population.mean", 3).putContext("population.sd", 1)
        .build();
  }

  @Test
  void aRaterWhoseRatingsVaryByAtMostABillionthOfTheScaleIsOnlyShifted() {
    NormalisationStrategy zScore = NormalisationStrategy.zScore(Scale.of(1, 5));
    double still = 1e-9 * 4; // the scale is 4 wide
    assertThat(zScore.replay(zScoreReceipt(zScore, 3 + still, still)).receipt().unroundedValue()).isEqualTo(3 + still - 3 + 3);
    assertThat(zScore.replay(zScoreReceipt(zScore, 3 + 1e-9, 1e-9)).receipt().unroundedValue()).isEqualTo(3 + 1e-9 - 3 + 3);
    double varies = 2 * still;
    assertThat(zScore.replay(zScoreReceipt(zScore, 3 + varies, varies)).receipt().unroundedValue())
        .isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-6)); // one standard deviation up
  }
}
