package dev.pillars.scoring.preset;

import dev.pillars.core.Checks;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import dev.pillars.scoring.composition.AbsentComponentPolicy;
import dev.pillars.scoring.composition.CompositionStrategy;
import dev.pillars.scoring.rating.RatingStrategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configurations that reproduce common scoring conventions. Each is a plain {@link
 * StrategyConfig}: store it, or resolve it with a {@code StrategyRegistry}.
 *
 * <ul>
 *   <li>{@link #meanOfChildren()} — a parent goal's progress is the unweighted mean of its direct
 *       children's, whatever their weights (a common goal-tree roll-up).
 *   <li>{@link #equalThirds(String, String, String)} — the final review score is one third each
 *       of three components, such as goals, competencies and values.
 *   <li>{@link #percentageWeightedStars(Map)} — component ratings in stars (fractions of a star
 *       allowed), multiplied by percentage weights that add up to 100 and summed; an unrated
 *       component counts as zero. The result is on the star scale.
 *   <li>{@link #formula(String, List)} — a final score from an administrator's formula over named
 *       components, such as {@code 0.6 * goals + 0.4 * (self + feedback) / 2}; needs the {@code
 *       pillars-scoring-cel} module.
 *   <li>OKR grading: {@link #okrKeyResult()}, {@link #okrBinaryKeyResult()}, {@link
 *       #okrObjective()} and {@link #okrBands()}.
 * </ul>
 */
public final class Presets {
  /** Name of the formula composition strategy that {@code pillars-scoring-cel} provides. */
  public static final String FORMULA = "formula";

  /** The formula strategy's parameter holding the expression text. */
  public static final String FORMULA_EXPRESSION = "expression";

  /** The formula strategy's parameter listing the component names the expression reads. */
  public static final String FORMULA_VARIABLES = "variables";

  /** The formula strategy's parameter naming its {@link AbsentComponentPolicy}. */
  public static final String FORMULA_ABSENT = "absent";

  private Presets() {}

  /**
   * Returns the unweighted mean-of-children roll-up.
   *
   * @return an aggregation configuration
   */
  public static StrategyConfig meanOfChildren() {
    return StrategyConfig.of(AggregationStrategy.MEAN);
  }

  /**
   * Returns equal-thirds final scores: each of three components counts one third; all three must
   * be present.
   *
   * @param first the first component's name
   * @param second the second component's name
   * @param third the third component's name
   * @return a composition configuration
   * @throws dev.pillars.core.InvalidInputException if a name is not a well-formed identifier or
   *     names repeat
   */
  public static StrategyConfig equalThirds(String first, String second, String third) {
    Checks.notNull("first", first);
    Checks.notNull("second", second);
    Checks.notNull("third", third);
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String name : List.of(first, second, third)) {
      Checks.identifier("component", name);
      Checks.require(weights.put(name, 1.0) == null, "component", name, "must differ from the other two");
    }
    return StrategyConfig.of(CompositionStrategy.WEIGHTED_COMPONENTS)
        .withTable("weights", weights)
        .with("absent", AbsentComponentPolicy.REJECT.name());
  }

  /**
   * Returns star ratings summed with percentage weights: {@code sum(stars * percent / 100)}, an
   * unrated component counting as zero.
   *
   * @param percentages each component's weight in percent, adding up to 100
   * @return a composition configuration
   * @throws dev.pillars.core.InvalidInputException if the percentages do not add up to 100 or one
   *     is negative
   */
  public static StrategyConfig percentageWeightedStars(Map<String, Double> percentages) {
    Checks.notNull("percentages", percentages);
    double total = 0;
    for (Map.Entry<String, Double> e : percentages.entrySet()) {
      total += Checks.nonNegative("percentages." + e.getKey(), Checks.notNull("percentages." + e.getKey(), e.getValue()));
    }
    Checks.require(Math.abs(total - 100) <= 1e-9, "percentages", percentages, "must add up to 100, not " + total);
    return StrategyConfig.of(CompositionStrategy.WEIGHTED_COMPONENTS)
        .withTable("weights", percentages)
        .with("absent", AbsentComponentPolicy.COUNT_AS_ZERO.name());
  }

  /**
   * Returns a formula over named components; every component must be present.
   *
   * @param expression the formula in CEL, such as {@code goals > 0.9 ? 1.0 : goals}
   * @param variables the component names the formula reads, in the order the receipt attributes
   *     contributions
   * @return a composition configuration for the {@value #FORMULA} strategy
   */
  public static StrategyConfig formula(String expression, List<String> variables) {
    return formula(expression, variables, AbsentComponentPolicy.REJECT);
  }

  /**
   * Returns a formula over named components with an absent-component policy.
   *
   * @param expression the formula in CEL
   * @param variables the component names the formula reads
   * @param absent {@link AbsentComponentPolicy#REJECT} or {@link
   *     AbsentComponentPolicy#COUNT_AS_ZERO}; a formula cannot renormalise
   * @return a composition configuration for the {@value #FORMULA} strategy
   */
  public static StrategyConfig formula(String expression, List<String> variables, AbsentComponentPolicy absent) {
    Checks.notNull("expression", expression);
    Checks.notNull("variables", variables);
    Checks.notNull("absent", absent);
    Checks.notBlank("expression", expression);
    return StrategyConfig.of(FORMULA)
        .with(FORMULA_EXPRESSION, expression)
        .withTexts(FORMULA_VARIABLES, variables)
        .with(FORMULA_ABSENT, absent.name());
  }

  /**
   * Returns OKR grading of a numeric key result: linear from baseline (0.0) to target (1.0),
   * capped at 1.0.
   *
   * @return an attainment configuration
   */
  public static StrategyConfig okrKeyResult() {
    return StrategyConfig.of(AttainmentStrategy.LINEAR).with("cap", 1.0);
  }

  /**
   * Returns OKR grading of a binary key result: 1.0 when reached, else 0.0.
   *
   * @return an attainment configuration
   */
  public static StrategyConfig okrBinaryKeyResult() {
    return StrategyConfig.of(AttainmentStrategy.BINARY);
  }

  /**
   * Returns OKR grading of an objective: the mean of its key results' grades.
   *
   * @return an aggregation configuration
   */
  public static StrategyConfig okrObjective() {
    return StrategyConfig.of(AggregationStrategy.OKR);
  }

  /**
   * Returns OKR's red / yellow / green bands; see {@link RatingStrategy#okr()} for the gaps.
   *
   * @return a rating configuration
   */
  public static StrategyConfig okrBands() {
    return StrategyConfig.of(RatingStrategy.OKR);
  }
}
