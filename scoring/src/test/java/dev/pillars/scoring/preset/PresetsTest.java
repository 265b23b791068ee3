package dev.pillars.scoring.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.WeightedScore;
import dev.pillars.scoring.registry.StrategyRegistry;
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
  void equalThirdsNeedsAllThree() {
    var thirds = REGISTRY.composition(Presets.equalThirds("goals", "competencies", "values"));
    assertThat(thirds.compose(Map.of("goals", 3.0, "competencies", 4.0, "values", 5.0)).value()).isCloseTo(4.0, EPS);
    assertThatThrownBy(() -> thirds.compose(Map.of("goals", 3.0))).hasMessageContaining("missing");
    assertThatThrownBy(() -> Presets.equalThirds("goals", "goals", "values")).hasMessageContaining("must differ");
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
    assertThat(stars.compose(Map.of("goals", 4.5, "competencies", 3.0)).value()).isCloseTo(3.6, EPS);
    assertThatThrownBy(() -> Presets.percentageWeightedStars(Map.of("goals", 60.0, "feedback", 30.0)))
        .hasMessageContaining("must add up to 100, not 90.0");
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
