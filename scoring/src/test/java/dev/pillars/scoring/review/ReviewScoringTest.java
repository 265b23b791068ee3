package dev.pillars.scoring.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.CompositeRule;
import dev.pillars.core.review.MissingComponentPolicy;
import dev.pillars.core.review.ReviewContent;
import dev.pillars.core.review.ReviewQuestion;
import dev.pillars.core.review.ReviewRole;
import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.scoring.NoScore;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The overall score of a review from its template's composite, with its receipt. */
class ReviewScoringTest {
  private static final RatingScale SCALE =
      RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("poor", "fair", "good", "strong", "outstanding"));

  private static ReviewTemplate template(MissingComponentPolicy policy, CompositeRule rule) {
    return ReviewTemplate.builder()
        .id(ReviewTemplateId.of("half-year"))
        .name("Half-year review")
        .scale(SCALE)
        .putComponents(ReviewTemplate.GOALS, 60.0)
        .putComponents(ReviewTemplate.COMPETENCIES, 30.0)
        .putComponents(ReviewTemplate.FEEDBACK, 10.0)
        .missingComponents(policy)
        .composite(rule)
        .putQuestions(ReviewRole.MANAGER, List.of(ReviewQuestion.of("strengths", "What went well?")))
        .build();
  }

  private static final ReviewTemplate TEMPLATE = template(MissingComponentPolicy.RENORMALISE, CompositeRule.weighted());

  private static final ReviewContent CONTENT = ReviewContent.empty()
      .withGoal(GoalId.of("g1"), 4, 3)
      .withGoal(GoalId.of("g2"), 2, 1)
      .withCompetency(CompetencyId.of("craft"), 3)
      .withCompetency(CompetencyId.of("teamwork"), 5);

  @Test
  void scoresGoalsCompetenciesAndSuppliedFeedbackWithAReceipt() {
    ReviewScore score = ReviewScoring.builtIns().score(TEMPLATE, CONTENT, OptionalDouble.of(5));
    assertThat(score.components()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("competencies", 4.0, "feedback", 5.0, "goals", 3.5)));
    Score s = score.outcome().asScore().orElseThrow();
    assertThat(s.value()).isCloseTo(0.6 * 3.5 + 0.3 * 4 + 0.1 * 5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(s.receipt().contributionSum()).isCloseTo(s.value(), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(StrategyRegistry.builtIns().replay(s.receipt())).isEqualTo(s);
    assertThat(score.level().orElseThrow().label()).isEqualTo("strong");
  }

  @Test
  void anAbsentFeedbackComponentFollowsTheTemplatesPolicy() {
    ReviewScore renormalised = ReviewScoring.builtIns().score(TEMPLATE, CONTENT, OptionalDouble.empty());
    assertThat(renormalised.outcome().asScore().orElseThrow().value())
        .isCloseTo((60 * 3.5 + 30 * 4.0) / 90, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(renormalised.outcome().asScore().orElseThrow().receipt().notes()).anyMatch(n -> n.contains("feedback absent"));
    ReviewTemplate rejecting = template(MissingComponentPolicy.REJECT, CompositeRule.weighted());
    assertThatThrownBy(() -> ReviewScoring.builtIns().score(rejecting, CONTENT, OptionalDouble.empty()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("missing [feedback]");
    ReviewScore none = ReviewScoring.builtIns().score(TEMPLATE, ReviewContent.empty(), OptionalDouble.empty());
    assertThat(none.outcome()).isInstanceOf(NoScore.class);
    assertThat(none.level()).isEmpty();
  }

  @Test
  void theStoredRuleCarriesItsParametersToTheStrategy() {
    ReviewTemplate scaled = template(MissingComponentPolicy.COUNT_AS_ZERO, CompositeRule.of("weighted-components", Map.of("factor", "2")));
    assertThat(ReviewScoring.builtIns().config(scaled).toString()).contains("factor=2.0").contains("absent=COUNT_AS_ZERO");
    ReviewScore score = ReviewScoring.builtIns().score(scaled, CONTENT, OptionalDouble.empty());
    assertThat(score.outcome().asScore().orElseThrow().value()).isCloseTo(2 * (0.6 * 3.5 + 0.3 * 4), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void badSuppliedComponentsAreRefused() {
    assertThatThrownBy(() -> ReviewScoring.builtIns().score(TEMPLATE, CONTENT, Map.of("goals", 3.0)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("supplied was 'goals': must be a component of template half-year other than goals and competencies");
    assertThatThrownBy(() -> ReviewScoring.builtIns().score(TEMPLATE, CONTENT, OptionalDouble.of(Double.NaN)))
        .isInstanceOf(InvalidInputException.class).hasMessage("supplied.feedback was NaN: must be a finite number");
    assertThatThrownBy(() -> ReviewScoring.builtIns().score(TEMPLATE, null, Map.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("content");
  }

  @Test
  void theScoreLiesBetweenItsComponentsAndItsLevelIsTheNearest() {
    qt().forAll(integers().between(1, 5), integers().between(1, 5), integers().between(1, 5)).checkAssert((g, c, f) -> {
      ReviewContent content = ReviewContent.empty().withGoal(GoalId.of("g"), g, 1).withCompetency(CompetencyId.of("x"), c);
      ReviewScore score = ReviewScoring.builtIns().score(TEMPLATE, content, OptionalDouble.of(f));
      double value = score.outcome().asScore().orElseThrow().value();
      assertThat(value).isBetween((double) Math.min(g, Math.min(c, f)) - 1e-12, (double) Math.max(g, Math.max(c, f)) + 1e-12);
      double level = score.level().orElseThrow().value();
      for (double other : SCALE.values()) {
        assertThat(Math.abs(level - value)).isLessThanOrEqualTo(Math.abs(other - value) + 1e-12);
      }
    });
  }
}
