package dev.pillars.scoring.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.scoring.InvalidParameterException;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CompositionTest {
  private static final Offset<Double> EPS = Offset.offset(1e-12);

  static Map<String, Double> weights() {
    Map<String, Double> w = new LinkedHashMap<>();
    w.put("goals", 60.0);
    w.put("competencies", 30.0);
    w.put("feedback", 10.0);
    return w;
  }

  @Test
  void composesGoalsCompetenciesAndFeedbackByWeight() {
    Score score = CompositionStrategy.weighted(weights(), AbsentComponentPolicy.REJECT)
        .compose(Map.of("goals", 4.0, "competencies", 3.0, "feedback", 5.0));
    assertThat(score.value()).isCloseTo(3.8, EPS);
    assertThat(score.receipt().lines()).extracting(ReceiptLine::name).containsExactly("competencies", "feedback", "goals");
    assertThat(score.receipt().lines()).extracting(ReceiptLine::contribution)
        .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b))
        .containsExactly(0.9, 0.5, 2.4);
  }

  @Test
  void renormalisesTheRemainingWeightsAndSaysSo() {
    Score score = CompositionStrategy.weighted(weights(), AbsentComponentPolicy.RENORMALISE)
        .compose(Map.of("goals", 4.0, "competencies", 3.0));
    assertThat(score.value()).isCloseTo((4.0 * 60 + 3.0 * 30) / 90, EPS);
    assertThat(score.receipt().notes())
        .containsExactly("component feedback absent: its weight 10 spread over the 2 present components, which weigh 90 of 100");
    assertThat(score.receipt().shares()).containsOnlyKeys("competencies", "goals");
    assertThat(score.receipt().share("goals")).hasValue(60.0 / 90);
  }

  @Test
  void countsAnAbsentComponentAsZeroAndSaysSo() {
    Score score = CompositionStrategy.weighted(weights(), AbsentComponentPolicy.COUNT_AS_ZERO)
        .compose(Map.of("goals", 4.0, "competencies", 3.0));
    assertThat(score.value()).isCloseTo(3.3, EPS);
    assertThat(score.receipt().line("feedback")).contains(ReceiptLine.of("feedback", 0.0, 10.0, 0.0));
    assertThat(score.receipt().notes()).containsExactly("component feedback absent: counted as 0");
    assertThat(StrategyRegistry.builtIns().replay(score.receipt()).value()).isEqualTo(score.value());
  }

  @Test
  void rejectsAnAbsentComponentWhenToldTo() {
    assertThatThrownBy(() -> CompositionStrategy.weighted(weights(), AbsentComponentPolicy.REJECT)
            .compose(Map.of("goals", 4.0)))
        .hasMessage("components was [goals]: must hold every component of [competencies, feedback, goals]; "
            + "missing [competencies, feedback]");
  }

  @Test
  void rejectsUnknownComponentsAndBadValues() {
    CompositionStrategy s = CompositionStrategy.weighted(weights(), AbsentComponentPolicy.RENORMALISE);
    assertThatThrownBy(() -> s.compose(Map.of("goalz", 4.0)))
        .hasMessage("components was 'goalz': must name a component of [competencies, feedback, goals]");
    assertThatThrownBy(() -> s.compose(Map.of("goals", Double.NaN))).hasMessage("components.goals was NaN: must be a finite number");
    assertThatThrownBy(() -> s.compose(Map.of()))
        .isInstanceOf(dev.pillars.scoring.NoScoreException.class)
        .hasMessageContaining("no component of positive weight present");
    assertThatThrownBy(() -> s.compose(null)).isInstanceOf(NullPointerException.class).hasMessage("components");
  }

  @Test
  void thePolicyIsNeverImplicit() {
    assertThatThrownBy(() -> StrategyRegistry.builtIns()
            .composition(StrategyConfig.of("weighted-components").withTable("weights", weights())))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("weighted-components.absent was null: is required");
    assertThatThrownBy(() -> StrategyRegistry.builtIns()
            .composition(StrategyConfig.of("weighted-components").withTable("weights", weights()).with("absent", "IGNORE")))
        .hasMessage("weighted-components.absent was 'IGNORE': must be one of [COUNT_AS_ZERO, REJECT, RENORMALISE]");
    assertThatThrownBy(() -> CompositionStrategy.weighted(Map.of("goals", -1.0), AbsentComponentPolicy.REJECT))
        .hasMessage("weighted-components.weights.goals was -1.0: must be zero or positive");
  }

  @Test
  void aReviewWithNothingPresentHasNoScoreRatherThanZero() {
    CompositionStrategy spread = CompositionStrategy.weighted(weights(), AbsentComponentPolicy.RENORMALISE);
    dev.pillars.scoring.Outcome outcome = spread.outcome(Map.of());
    assertThat(outcome).isInstanceOf(dev.pillars.scoring.NoScore.class);
    dev.pillars.scoring.NoScore none = outcome.asNoScore().orElseThrow();
    assertThat(none.reason()).isEqualTo(dev.pillars.scoring.NoScore.Reason.NO_COMPONENTS);
    assertThat(none.config()).isEqualTo(spread.config());
    assertThat(outcome.valueOr(-1)).isEqualTo(-1);
    assertThat(outcome.asScore()).isEmpty();
    assertThat(spread.outcome(Map.of("feedback", 4.0)).asScore().orElseThrow().value()).isEqualTo(4.0);
    // a host that wants 0 counts absent components as 0
    assertThat(CompositionStrategy.weighted(weights(), AbsentComponentPolicy.COUNT_AS_ZERO).outcome(Map.of()).valueOr(-1))
        .isEqualTo(0.0);
    // only a zero-weight component present: nothing of weight to compose
    CompositionStrategy withBonus = CompositionStrategy.weighted(Map.of("goals", 1.0, "bonus", 0.0), AbsentComponentPolicy.RENORMALISE);
    assertThat(withBonus.outcome(Map.of("bonus", 5.0))).isInstanceOf(dev.pillars.scoring.NoScore.class);
  }

  @Test
  void aFactorMultipliesTheMeanAndItsContributions() {
    CompositionStrategy fiveStars = StrategyRegistry.builtIns().composition(StrategyConfig.of("weighted-components")
        .withTable("weights", weights()).with("absent", "RENORMALISE").with("factor", 5.0));
    Score score = fiveStars.compose(Map.of("goals", 0.8, "competencies", 0.6, "feedback", 1.0));
    assertThat(score.value()).isCloseTo(5 * (0.8 * 0.6 + 0.6 * 0.3 + 1.0 * 0.1), EPS);
    assertThat(score.receipt().line("goals").orElseThrow().contribution()).isCloseTo(0.8 * 60 / 20, EPS);
    assertThat(score.receipt().notes()).containsExactly("the weighted mean times 5");
    assertThat(fiveStars.characteristics()).containsExactly(dev.pillars.scoring.Characteristic.MONOTONE);
    assertThatThrownBy(() -> StrategyRegistry.builtIns().composition(fiveStars.config().with("factor", 0.0)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("weighted-components.factor was 0.0: must be positive and at most 1000000");
  }
}
