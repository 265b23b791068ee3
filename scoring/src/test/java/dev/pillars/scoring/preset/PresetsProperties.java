package dev.pillars.scoring.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.scoring.Score;
import dev.pillars.scoring.composition.CompositionStrategy;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PresetsProperties {
  private static final StrategyRegistry REGISTRY = StrategyRegistry.builtIns();

  /** Whole percentages for goals and competencies, each at least 1, leaving at least 1 for feedback. */
  private static final Gen<int[]> SPLITS =
      integers().between(1, 98).flatMap(g -> integers().between(1, 99 - g).map(c -> new int[] {g, c}));

  private static Map<String, Double> percentages(int goals, int competencies) {
    Map<String, Double> pct = new LinkedHashMap<>();
    pct.put("goals", (double) goals);
    pct.put("competencies", (double) competencies);
    pct.put("feedback", 100.0 - goals - competencies);
    return pct;
  }

  /** One preset call gives what the separate steps chained by hand give: fraction x percent / 20, summed, rounded. */
  @Test
  void starsFromFractionsEqualsTheArithmeticChainedByHand() {
    qt().forAll(SPLITS,
            doubles().between(0, 1).zip(doubles().between(0, 1), doubles().between(0, 1), (x, y, z) -> new double[] {x, y, z}))
        .checkAssert((split, fractions) -> {
          int g = split[0];
          int c = split[1];
          double a = fractions[0];
          double b = fractions[1];
          double f = fractions[2];
          Map<String, Double> pct = percentages(g, c);
          Score score = REGISTRY.composition(Presets.starsFromFractions(pct))
              .compose(Map.of("goals", a, "competencies", b, "feedback", f));
          double byHand = a * pct.get("goals") / 20 + b * pct.get("competencies") / 20 + f * pct.get("feedback") / 20;
          assertThat(score.receipt().unroundedValue()).isCloseTo(byHand, Offset.offset(1e-12));
          double rounded = BigDecimal.valueOf(byHand).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
          assertThat(score.value()).isCloseTo(rounded, Offset.offset(0.001 + 1e-12));
          assertThat(BigDecimal.valueOf(score.value()).stripTrailingZeros().scale()).isLessThanOrEqualTo(3);
          assertThat(score.receipt().roundingAdjustment()).isBetween(-0.0005 - 1e-12, 0.0005 + 1e-12);
        });
  }

  /** A missing review component never costs its weight under the default: the score stays within the present ones. */
  @Test
  void aMissingComponentIsSpreadSoTheScoreStaysBetweenThePresentOnes() {
    qt().forAll(SPLITS, doubles().between(1, 5), doubles().between(1, 5))
        .checkAssert((split, a, b) -> {
          CompositionStrategy stars = REGISTRY.composition(Presets.percentageWeightedStars(percentages(split[0], split[1])));
          Score score = stars.compose(Map.of("goals", a, "competencies", b));
          assertThat(score.value()).isBetween(Math.min(a, b), Math.max(a, b));
          assertThat(score.receipt().notes()).anyMatch(n -> n.startsWith("component feedback absent: its weight"));
          assertThat(score.receipt().shares().values().stream().mapToDouble(Double::doubleValue).sum())
              .isCloseTo(1.0, Offset.offset(1e-9));
        });
  }
}
