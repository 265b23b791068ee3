package dev.pillars.scoring.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.scoring.NoScore;
import dev.pillars.scoring.Rounding;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.NoInputsPolicy;
import dev.pillars.scoring.aggregation.WeightedScore;
import dev.pillars.scoring.composition.AbsentComponentPolicy;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PresetsTest {
  private static final StrategyRegistry REGISTRY = StrategyRegistry.builtIns();
  private static final Offset<Double> EPS = Offset.offset(1e-12);

  @Test
  void meanOfChildrenIgnoresWeights() {
    assertThat(REGISTRY.aggregation(Presets.meanOfChildren())
        .aggregate(List.of(WeightedScore.of("a", 0.2, 9), WeightedScore.of("b", 0.8, 1))).value()).isCloseTo(0.5, EPS);
  }

  @Test
  void equalThirdsSpreadsAMissingSelfReviewOverTheOthersAndSaysSo() {
    var thirds = REGISTRY.composition(Presets.equalThirds("goals", "manager", "self"));
    assertThat(thirds.compose(Map.of("goals", 3.0, "manager", 4.0, "self", 5.0)).value()).isCloseTo(4.0, EPS);
    Score noSelf = thirds.compose(Map.of("goals", 3.0, "manager", 4.0));
    assertThat(noSelf.value()).isCloseTo(3.5, EPS);
    assertThat(noSelf.receipt().notes())
        .containsExactly("component self absent: its weight 1 spread over the 2 present components, which weigh 2 of 3");
    assertThat(noSelf.receipt().share("goals")).hasValue(0.5);
    assertThat(REGISTRY.composition(Presets.equalThirds("goals", "manager", "self", AbsentComponentPolicy.COUNT_AS_ZERO))
        .compose(Map.of("goals", 3.0, "manager", 4.0)).value()).isCloseTo(7.0 / 3, EPS);
    var strict = REGISTRY.composition(Presets.equalThirds("goals", "manager", "self", AbsentComponentPolicy.REJECT));
    assertThatThrownBy(() -> strict.compose(Map.of("goals", 3.0))).hasMessageContaining("missing");
  }

  @Test
  void equalThirdsRejectsBadNames() {
    assertThatThrownBy(() -> Presets.equalThirds("goals", "goals", "values")).hasMessageContaining("must differ");
    assertThatThrownBy(() -> Presets.equalThirds("goals", "bad name", "values"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("component was 'bad name'");
    assertThatThrownBy(() -> Presets.equalThirds("goals", "self", "values", null))
        .isInstanceOf(NullPointerException.class).hasMessage("absent");
    assertThatThrownBy(() -> Presets.equalThirds("goals", null, "values"))
        .isInstanceOf(NullPointerException.class).hasMessage("second");
  }

  @Test
  void percentageWeightedStarsSumsStarsTimesPercent() {
    Map<String, Double> pct = new LinkedHashMap<>();
    pct.put("goals", 60.0);
    pct.put("competencies", 30.0);
    pct.put("feedback", 10.0);
    var stars = REGISTRY.composition(Presets.percentageWeightedStars(pct));
    double score = stars.compose(Map.of("goals", 4.5, "competencies", 3.0, "feedback", 4.0)).value();
    assertThat(score).isCloseTo(4.5 * 0.6 + 3.0 * 0.3 + 4.0 * 0.1, EPS);
    assertThat(Scale.stars(5).convert(score, Scale.PERCENT)).isCloseTo(80.0, Offset.offset(1e-9));
    assertThat(stars.compose(Map.of("goals", 4.5, "competencies", 3.0)).value()).isCloseTo((4.5 * 60 + 3.0 * 30) / 90, EPS);
    var unratedIsZero = REGISTRY.composition(Presets.percentageWeightedStars(pct, AbsentComponentPolicy.COUNT_AS_ZERO));
    assertThat(unratedIsZero.compose(Map.of("goals", 4.5, "competencies", 3.0)).value()).isCloseTo(3.6, EPS);
    assertThatThrownBy(() -> Presets.percentageWeightedStars(Map.of("goals", 60.0, "feedback", 30.0)))
        .hasMessageContaining("must add up to 100, not 90.0");
  }

  @Test
  void starsFromFractionsDoesTheWholeArithmeticInOneCallAndShowsTheRounding() {
    Map<String, Double> pct = new LinkedHashMap<>();
    pct.put("goals", 60.0);
    pct.put("competencies", 30.0);
    pct.put("feedback", 10.0);
    StrategyConfig config = Presets.starsFromFractions(pct);
    assertThat(config.rounding()).contains(Rounding.of(3, RoundingMode.HALF_EVEN));
    Score score = REGISTRY.composition(config).compose(Map.of("goals", 0.8333, "competencies", 0.6667, "feedback", 0.5));
    // by hand: 0.8333 * 60 / 20 + 0.6667 * 30 / 20 + 0.5 * 10 / 20 = 2.4999 + 1.00005 + 0.25 = 3.74995
    assertThat(score.receipt().unroundedValue()).isCloseTo(3.74995, EPS);
    assertThat(score.value()).isEqualTo(3.75);
    assertThat(score.receipt().line("goals").orElseThrow().contribution()).isCloseTo(2.4999, EPS);
    assertThat(score.receipt().line("competencies").orElseThrow().contribution()).isCloseTo(1.00005, EPS);
    assertThat(score.receipt().explain()).contains("rounded to 3 places HALF_EVEN: 3.75");
    assertThat(REGISTRY.replay(score.receipt())).isEqualTo(score);
    Score noFeedback = REGISTRY.composition(config).compose(Map.of("goals", 1.0, "competencies", 1.0));
    assertThat(noFeedback.value()).isEqualTo(5.0);
    StrategyConfig tenStarsZeroForUnrated =
        Presets.starsFromFractions(pct, 10, AbsentComponentPolicy.COUNT_AS_ZERO, Rounding.halfUp(1));
    assertThat(REGISTRY.composition(tenStarsZeroForUnrated).compose(Map.of("goals", 1.0, "competencies", 1.0)).value())
        .isEqualTo(9.0);
  }

  @Test
  void starsFromFractionsRejectsBadArguments() {
    assertThatThrownBy(() -> Presets.starsFromFractions(Map.of("goals", 60.0)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must add up to 100, not 60.0");
    assertThatThrownBy(() -> Presets.starsFromFractions(Map.of("goals", 100.0), 0, AbsentComponentPolicy.REJECT, Rounding.halfUp(3)))
        .isInstanceOf(InvalidInputException.class).hasMessage("stars was 0: must be between 1 and 100");
    assertThatThrownBy(() -> Presets.starsFromFractions(Map.of("goals", 100.0), 5, AbsentComponentPolicy.REJECT, null))
        .isInstanceOf(NullPointerException.class).hasMessage("rounding");
    assertThatThrownBy(() -> Presets.starsFromFractions(null)).isInstanceOf(NullPointerException.class).hasMessage("percentages");
    Map<String, Double> withNull = new java.util.HashMap<>();
    withNull.put("goals", null);
    assertThatThrownBy(() -> Presets.starsFromFractions(withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("percentages.goals");
    assertThatThrownBy(() -> Presets.starsFromFractions(Map.of("goals", 110.0, "self", -10.0)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be zero or positive");
  }

  @Test
  void rollUpPresetsTakeThePolicyForNoInputs() {
    assertThat(REGISTRY.aggregation(Presets.meanOfChildren(NoInputsPolicy.ZERO)).outcome(List.of()).valueOr(-1)).isEqualTo(0.0);
    assertThat(REGISTRY.aggregation(Presets.meanOfChildren()).outcome(List.of())).isInstanceOf(NoScore.class);
    assertThat(REGISTRY.aggregation(Presets.okrObjective(NoInputsPolicy.NO_SCORE)).outcome(List.of())).isInstanceOf(NoScore.class);
    assertThat(REGISTRY.aggregation(Presets.okrObjective(NoInputsPolicy.ZERO)).aggregate(List.of()).value()).isEqualTo(0.0);
    assertThatThrownBy(() -> Presets.meanOfChildren(null)).isInstanceOf(NullPointerException.class).hasMessage("noInputs");
  }

  @Test
  void formulaPresetIsAPlainConfigurationThatNeedsTheCelModule() {
    StrategyConfig formula = Presets.formula("0.6 * goals + 0.4 * (self + feedback) / 2", List.of("goals", "self", "feedback"));
    assertThat(StrategyConfig.fromMap(formula.toMap())).isEqualTo(formula);
    assertThat(formula.texts("variables")).containsExactly("goals", "self", "feedback");
    assertThatThrownBy(() -> REGISTRY.composition(formula)).hasMessageContaining("must name a registered COMPOSITION strategy");
  }

  @Test
  void okrPresetsGradeKeyResultsObjectivesAndColours() {
    KpiTarget signups = KpiTarget.of(0, 1000);
    double kr1 = REGISTRY.attainment(Presets.okrKeyResult()).attainment(1200, signups).value();
    double kr2 = REGISTRY.attainment(Presets.okrBinaryKeyResult()).attainment(900, signups).value();
    double kr3 = REGISTRY.attainment(Presets.okrKeyResult()).attainment(650, signups).value();
    assertThat(List.of(kr1, kr2, kr3)).containsExactly(1.0, 0.0, 0.65);
    double objective = REGISTRY.aggregation(Presets.okrObjective())
        .aggregate(List.of(WeightedScore.of("kr1", kr1), WeightedScore.of("kr2", kr2), WeightedScore.of("kr3", kr3))).value();
    assertThat(objective).isCloseTo(0.55, EPS);
    assertThat(REGISTRY.rating(Presets.okrBands()).rate(objective).level().label()).isEqualTo("yellow");
  }
}
