package dev.pillars.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.normalisation.NormalisationStrategy;
import dev.pillars.scoring.normalisation.NormalisedRating;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Calibration's fast paths agree with the pluggable strategies, normalisation keeps each rater's
 * order, the forced distribution hits the band counts exactly, and rater statistics hold their
 * values.
 */
class CalibrationProperties {
  private static final Guideline GUIDELINE = Guideline.percent(5, 10, 20, 40, 20, 10);
  private static final Calibrator CALIBRATOR = Calibrator.of(CalibrationGens.FIVE, GUIDELINE);
  private static final NormalisationStrategy FORCED =
      NormalisationStrategy.forcedDistribution(CalibrationGens.FIVE.values(), GUIDELINE.shares());

  @Test
  void zScoresAgreeWithTheStrategyAndKeepEachRatersOrder() {
    NormalisationStrategy z = NormalisationStrategy.zScore(Scale.of(1, 5));
    qt().forAll(CalibrationGens.ratings(5, 1, 40)).checkAssert(ratings -> {
      CalibrationInput input = CALIBRATOR.input(ratings);
      CalibrationReport report = CALIBRATOR.calibrate(input);
      List<NormalisedRating> expected = CALIBRATOR.normalise(input, z);
      for (int i = 0; i < input.size(); i++) {
        assertThat(report.zScore(i)).isCloseTo(expected.get(i).value(), Offset.offset(1e-9));
        for (int j = 0; j < input.size(); j++) {
          ProposedRating a = input.ratings().get(i);
          ProposedRating b = input.ratings().get(j);
          if (a.rater().equals(b.rater()) && a.level() <= b.level()) {
            assertThat(report.zScore(i)).isLessThanOrEqualTo(report.zScore(j));
          }
        }
      }
    });
  }

  @Test
  void theForcedDistributionHitsTheBandCountsExactlyAndAgreesWithTheStrategy() {
    qt().forAll(CalibrationGens.ratings(5, 0, 60)).checkAssert(ratings -> {
      CalibrationInput input = CALIBRATOR.input(ratings);
      CalibrationReport report = CALIBRATOR.calibrate(input);
      List<NormalisedRating> strategy = CALIBRATOR.normalise(input, FORCED);
      int[] counts = new int[5];
      for (int i = 0; i < input.size(); i++) {
        counts[report.forcedLevel(i)]++;
        assertThat(strategy.get(i).value()).isEqualTo(CalibrationGens.FIVE.values().get(report.forcedLevel(i)));
        for (int j = 0; j < input.size(); j++) {
          if (input.ratings().get(i).level() < input.ratings().get(j).level()) {
            assertThat(report.forcedLevel(i)).isLessThanOrEqualTo(report.forcedLevel(j));
          }
        }
      }
      List<Integer> expected = GUIDELINE.bandCounts(input.size());
      for (int l = 0; l < 5; l++) {
        assertThat(counts[l]).isEqualTo(expected.get(l));
      }
      assertThat(expected.stream().mapToInt(Integer::intValue).sum()).isEqualTo(input.size());
    });
  }

  @Test
  void raterStatisticsRestOnTheRatersGroupAndHoldTheirValue() {
    qt().forAll(CalibrationGens.ratings(5, 1, 40)).checkAssert(ratings -> {
      CalibrationInput input = CALIBRATOR.input(ratings);
      double populationMean = ratings.stream().mapToDouble(r -> r.level() + 1.0).average().orElseThrow();
      for (RaterProfile profile : CALIBRATOR.raterEffects(input)) {
        List<ProposedRating> own = ratings.stream().filter(r -> r.rater().equals(profile.rater())).toList();
        assertThat(profile.groupSize()).isEqualTo(own.size());
        double mean = own.stream().mapToDouble(r -> r.level() + 1.0).average().orElseThrow();
        assertThat(profile.leniency().value()).isCloseTo(mean - populationMean, Offset.offset(1e-9));
        if (profile.groupSize() == 1) {
          assertThat(profile.effects()).isEmpty();
        }
        assertThat(profile.effects()).doesNotContain(
            profile.leniency().value() > 0 ? RaterEffect.SEVERITY : RaterEffect.LENIENCY);
      }
    });
  }

  @Test
  void theReportsPlanIsTheCyclesPlan() {
    qt().forAll(CalibrationGens.ratings(5, 0, 40)).checkAssert(ratings -> {
      CalibrationInput input = CALIBRATOR.input(ratings);
      assertThat(CALIBRATOR.calibrate(input).plan())
          .isEqualTo(CALIBRATOR.suggestMoves(input, dev.pillars.core.calibration.Population.cycle()));
    });
  }
}
