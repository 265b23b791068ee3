package dev.pillars.scoring.normalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The z-score normalisation against an independent computation of its documented formula: each
 * rating becomes {@code populationMean + populationSd * (rating - raterMean) / raterSd}, clamped to
 * the scale; a rater whose ratings do not vary is shifted by the difference of means.
 */
class ZScoreProperties {
  private static final Scale SCALE = Scale.of(1, 5);
  private static final NormalisationStrategy Z = NormalisationStrategy.zScore(SCALE);

  /** Up to four raters, each rating one to five subjects in half steps on 1 to 5. */
  private static final Gen<List<RaterRating>> POPULATIONS =
      lists().of(lists().of(integers().between(2, 10)).ofSizeBetween(1, 5)).ofSizeBetween(1, 4).map(raters -> {
        List<RaterRating> out = new ArrayList<>();
        for (int r = 0; r < raters.size(); r++) {
          List<Integer> halves = raters.get(r);
          for (int s = 0; s < halves.size(); s++) {
            out.add(RaterRating.of(EmployeeId.of("rater" + r), EmployeeId.of("subject" + s), halves.get(s) / 2.0));
          }
        }
        return out;
      });

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).sum() / xs.size();
  }

  private static double sd(List<Double> xs) {
    double m = mean(xs);
    return Math.sqrt(xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / xs.size());
  }

  private static double expected(RaterRating rating, List<RaterRating> all) {
    List<Double> population = all.stream().map(RaterRating::value).toList();
    List<Double> own = all.stream().filter(r -> r.rater().equals(rating.rater())).map(RaterRating::value).toList();
    double raterSd = sd(own);
    double value = raterSd < 1e-6
        ? rating.value() - mean(own) + mean(population)
        : mean(population) + sd(population) * (rating.value() - mean(own)) / raterSd;
    return Math.max(SCALE.min(), Math.min(SCALE.max(), value));
  }

  @Test
  void everyRatingFollowsTheDocumentedFormula() {
    qt().forAll(POPULATIONS).checkAssert(ratings -> {
      List<NormalisedRating> out = Z.normalise(ratings);
      assertThat(out).hasSameSizeAs(ratings);
      for (int i = 0; i < ratings.size(); i++) {
        assertThat(out.get(i).subject()).isEqualTo(ratings.get(i).subject());
        assertThat(out.get(i).rater()).isEqualTo(ratings.get(i).rater());
        assertThat(out.get(i).value()).isCloseTo(expected(ratings.get(i), ratings), Offset.offset(1e-9));
      }
    });
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheInput() {
    qt().forAll(POPULATIONS).checkAssert(ratings -> {
      List<RaterRating> reversed = new ArrayList<>(ratings);
      java.util.Collections.reverse(reversed);
      List<NormalisedRating> forward = Z.normalise(ratings);
      List<NormalisedRating> backward = Z.normalise(reversed);
      for (int i = 0; i < ratings.size(); i++) {
        assertThat(backward.get(ratings.size() - 1 - i).score()).isEqualTo(forward.get(i).score());
      }
    });
  }

  @Test
  void everyReceiptReplaysToTheSameScoreAndItsContributionsAddUp() {
    StrategyRegistry registry = StrategyRegistry.builtIns();
    qt().forAll(POPULATIONS).checkAssert(ratings -> {
      for (NormalisedRating n : Z.normalise(ratings)) {
        assertThat(Z.replay(n.score().receipt())).isEqualTo(n.score());
        assertThat(registry.replay(n.score().receipt()).value()).isEqualTo(n.value());
        assertThat(n.score().receipt().contributionSum()).isCloseTo(n.value(), Offset.offset(1e-9));
      }
    });
  }

  @Test
  void aWorkedExampleWithUnequalDeviations() {
    EmployeeId a = EmployeeId.of("a");
    EmployeeId b = EmployeeId.of("b");
    List<RaterRating> ratings = List.of(
        RaterRating.of(a, EmployeeId.of("x"), 1), RaterRating.of(a, EmployeeId.of("y"), 4),
        RaterRating.of(b, EmployeeId.of("x"), 3), RaterRating.of(b, EmployeeId.of("z"), 5));
    // population 1, 4, 3, 5: mean 3.25, sd sqrt(2.1875); a: mean 2.5, sd 1.5; b: mean 4, sd 1
    double popSd = Math.sqrt(2.1875);
    List<NormalisedRating> out = Z.normalise(ratings);
    assertThat(out.get(0).value()).isCloseTo(3.25 - popSd, Offset.offset(1e-12));
    assertThat(out.get(1).value()).isCloseTo(3.25 + popSd, Offset.offset(1e-12));
    assertThat(out.get(2).value()).isCloseTo(3.25 - popSd, Offset.offset(1e-12));
    assertThat(out.get(1).score().receipt().context())
        .containsEntry("rater.mean", 2.5).containsEntry("rater.sd", 1.5)
        .containsEntry("population.mean", 3.25).containsEntry("population.sd", popSd);
    assertThat(out.get(1).score().receipt().lines().get(0).weight()).isCloseTo(popSd / 1.5, Offset.offset(1e-12));
    assertThat(out.get(1).score().receipt().lines().get(0).contribution()).isCloseTo(4 * popSd / 1.5, Offset.offset(1e-12));
    assertThat(out.get(1).score().receipt().notes()).isEmpty();
    assertThat(out.get(1).score()).isNotEqualTo(out.get(0).score());
  }

  @Test
  void aRatingPushedOffTheScaleIsClampedAndSaysSo() {
    EmployeeId harsh = EmployeeId.of("harsh");
    EmployeeId kind = EmployeeId.of("kind");
    List<RaterRating> ratings = List.of(
        RaterRating.of(harsh, EmployeeId.of("p"), 1), RaterRating.of(harsh, EmployeeId.of("q"), 1),
        RaterRating.of(harsh, EmployeeId.of("r"), 1), RaterRating.of(harsh, EmployeeId.of("s"), 2),
        RaterRating.of(kind, EmployeeId.of("p"), 5), RaterRating.of(kind, EmployeeId.of("q"), 4));
    NormalisedRating top = Z.normalise(ratings).get(3);
    assertThat(top.value()).isEqualTo(5.0);
    assertThat(top.score().receipt().notes()).singleElement().asString().startsWith("clamped to the scale " + SCALE + " from ");
    assertThat(Z.range()).contains(SCALE);
  }

  @Test
  void aRaterWhoRatedOnceIsShiftedByTheDifferenceOfMeans() {
    EmployeeId once = EmployeeId.of("once");
    EmployeeId other = EmployeeId.of("other");
    List<NormalisedRating> out = Z.normalise(List.of(
        RaterRating.of(once, EmployeeId.of("p"), 2), RaterRating.of(other, EmployeeId.of("p"), 4),
        RaterRating.of(other, EmployeeId.of("q"), 5)));
    // population mean 11 / 3; the single rating equals its rater's mean
    assertThat(out.get(0).value()).isCloseTo(11.0 / 3, Offset.offset(1e-12));
    assertThat(out.get(0).score().receipt().notes()).containsExactly("the rater's ratings do not vary: shifted by the difference of means only");
    assertThat(out.get(0).score().receipt().lines().get(0).weight()).isEqualTo(1.0);
  }

  @Test
  void rescaleAndIdentityWriteWhatTheyDid() {
    NormalisationStrategy stars = NormalisationStrategy.rescale(Scale.stars(5), Scale.PERCENT);
    NormalisedRating n = stars.normalise(List.of(RaterRating.of(EmployeeId.of("a"), EmployeeId.of("b"), 4))).get(0);
    assertThat(n.value()).isEqualTo(80.0);
    assertThat(n.score().receipt().notes()).containsExactly("converted from " + Scale.stars(5) + " to " + Scale.PERCENT);
    assertThat(stars.replay(n.score().receipt())).isEqualTo(n.score());
    assertThat(stars.range()).contains(Scale.PERCENT);
    assertThat(NormalisationStrategy.identity().range()).isEmpty();
    assertThat(NormalisationStrategy.identity().characteristics()).hasSize(2);
    assertThat(stars.characteristics()).hasSize(1);
  }
}
