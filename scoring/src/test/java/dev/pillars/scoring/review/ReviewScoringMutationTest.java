package dev.pillars.scoring.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.CompositeRule;
import dev.pillars.core.review.MissingComponentPolicy;
import dev.pillars.core.review.ReviewContent;
import dev.pillars.core.review.ReviewQuestion;
import dev.pillars.core.review.ReviewRole;
import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.scoring.Outcome;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.preset.Presets;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A formula composite is configured with the template's components as its variables, a review
 * score's level goes with its score and nothing else, and the scorer names its registry.
 */
class ReviewScoringMutationTest {
  private static final RatingScale SCALE = RatingScale.of(List.of(1.0, 2.0, 3.0), List.of("low", "mid", "high"));

  private static ReviewTemplate template(CompositeRule rule) {
    return template(rule, MissingComponentPolicy.COUNT_AS_ZERO);
  }

  private static ReviewTemplate template(CompositeRule rule, MissingComponentPolicy missing) {
    return ReviewTemplate.builder()
        .id(ReviewTemplateId.of("annual"))
        .name("Annual review")
        .scale(SCALE)
        .putComponents(ReviewTemplate.GOALS, 50.0)
        .putComponents(ReviewTemplate.FEEDBACK, 20.0)
        .putComponents(ReviewTemplate.COMPETENCIES, 30.0)
        .missingComponents(missing)
        .composite(rule)
        .putQuestions(ReviewRole.MANAGER, List.of(ReviewQuestion.of("strengths", "What went well?")))
        .build();
  }

  @Test
  void aFormulaCompositeReadsTheComponentsAsVariablesInNameOrderNotAsWeights() {
    ReviewTemplate formula = template(CompositeRule.of(Presets.FORMULA, Map.of(Presets.FORMULA_EXPRESSION, "goals + feedback")));
    assertThat(ReviewScoring.builtIns().config(formula)).isEqualTo(StrategyConfig.of(Presets.FORMULA)
        .with(Presets.FORMULA_EXPRESSION, "goals + feedback")
        .withTexts(Presets.FORMULA_VARIABLES, List.of("competencies", "feedback", "goals"))
        .with(Presets.FORMULA_ABSENT, "COUNT_AS_ZERO"));
    assertThat(ReviewScoring.builtIns().config(template(CompositeRule.weighted()))).isEqualTo(
        StrategyConfig.of("weighted-components")
            .withTable("weights", Map.of("competencies", 30.0, "feedback", 20.0, "goals", 50.0))
            .with("absent", "COUNT_AS_ZERO"));
  }

  @Test
  void aLevelGoesWithAScoreAndOnlyWithAScore() {
    ReviewScore scored = ReviewScoring.builtIns().score(template(CompositeRule.weighted()),
        ReviewContent.empty().withCompetency(CompetencyId.of("craft"), 3), OptionalDouble.of(1));
    Outcome score = scored.outcome();
    assertThat(scored.level().orElseThrow().label()).isEqualTo("low");
    assertThat(scored.componentMap()).isEqualTo(Map.of("competencies", 3.0, "feedback", 1.0));
    assertThat(scored.componentMap()).isSameAs(scored.components());
    assertThatThrownBy(() -> new ReviewScore(new TreeMap<>(), score, Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("level was Optional.empty: must be present exactly when there is a score");
    ReviewTemplate renormalising = template(CompositeRule.weighted(), MissingComponentPolicy.RENORMALISE);
    Outcome none = ReviewScoring.builtIns().score(renormalising, ReviewContent.empty(), OptionalDouble.empty()).outcome();
    assertThat(none.asScore()).isEmpty();
    assertThatThrownBy(() -> new ReviewScore(new TreeMap<>(), none, scored.level()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be present exactly when there is a score");
  }

  @Test
  void theScorerNamesItsRegistry() {
    StrategyRegistry registry = StrategyRegistry.builtIns();
    assertThat(ReviewScoring.of(registry)).hasToString("ReviewScoring" + registry);
    assertThat(ReviewScoring.builtIns().toString()).startsWith("ReviewScoringStrategyRegistry{");
  }
}
