package dev.pillars.scoring.preset;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.scoring.Rounding;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.NoInputsPolicy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import dev.pillars.scoring.composition.AbsentComponentPolicy;
import dev.pillars.scoring.composition.CompositionStrategy;
import dev.pillars.scoring.rating.RatingStrategy;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configurations that reproduce common scoring conventions. Each is a plain {@link
 * StrategyConfig}: store it, or resolve it with a {@code StrategyRegistry}.
 *
 * <p>Every preset that combines several inputs takes the policy for a missing one: a review
 * composite takes an {@link AbsentComponentPolicy} and spreads a missing component's weight over
 * the components present unless told otherwise ({@link AbsentComponentPolicy#RENORMALISE}: a
 * missing self-review neither costs a third of the score nor blocks it, and the receipt says so);
 * a roll-up takes a {@link NoInputsPolicy} for a parent with no scored child (no score unless told
 * otherwise). The formula is the exception: it has no weights to spread, so it rejects a missing
 * component unless told to count it as zero.
 *
 * <ul>
 *   <li>{@link #meanOfChildren()} — a parent goal's progress is the unweighted mean of its direct
 *       children's, whatever their weights (a common goal-tree roll-up).
 *   <li>{@link #equalThirds(String, String, String)} — the final review score is one third each
 *       of three components, such as goals, competencies and values.
 *   <li>{@link #percentageWeightedStars(Map)} — component ratings in stars (fractions of a star
 *       allowed), multiplied by percentage weights that add up to 100 and summed. The result is on
 *       the star scale.
 *   <li>{@link #starsFromFractions(Map)} — ratings given as fractions (0.8 for four of five stars),
 *       each times the stars and its weight in percent, over 100 (fraction × weight ÷ 20 for five
 *       stars), summed and rounded to three decimals, in one call; the receipt shows the rounding.
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
   * Returns the unweighted mean-of-children roll-up with a policy for a parent none of whose
   * children has a score.
   *
   * @param noInputs what a parent with no scored child gets: no score, or 0
   * @return an aggregation configuration
   * @throws NullPointerException if {@code noInputs} is null
   */
  public static StrategyConfig meanOfChildren(NoInputsPolicy noInputs) {
    return meanOfChildren().with(AggregationStrategy.NO_INPUTS, requireNonNull(noInputs, "noInputs").name());
  }

  /**
   * Returns equal-thirds final scores: each of three components counts one third; a missing
   * component's third is spread over the two present ones ({@link
   * AbsentComponentPolicy#RENORMALISE}), and the receipt says so.
   *
   * @param first the first component's name
   * @param second the second component's name
   * @param third the third component's name
   * @return a composition configuration
   * @throws NullPointerException if a name is null
   * @throws dev.pillars.core.InvalidInputException if a name is not a well-formed identifier or
   *     names repeat
   */
  public static StrategyConfig equalThirds(String first, String second, String third) {
    return equalThirds(first, second, third, AbsentComponentPolicy.RENORMALISE);
  }

  /**
   * Returns equal-thirds final scores with a policy for a missing component.
   *
   * @param first the first component's name
   * @param second the second component's name
   * @param third the third component's name
   * @param absent what a missing component does: spread its weight, count as 0, or block the score
   * @return a composition configuration
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if a name is not a well-formed identifier or
   *     names repeat
   */
  public static StrategyConfig equalThirds(String first, String second, String third, AbsentComponentPolicy absent) {
    requireNonNull(absent, "absent");
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String name : List.of(requireNonNull(first, "first"), requireNonNull(second, "second"), requireNonNull(third, "third"))) {
      Checks.identifier("component", name);
      Checks.require(weights.put(name, 1.0) == null, "component", name, "must differ from the other two");
    }
    return weighted(weights, absent);
  }

  /**
   * Returns star ratings summed with percentage weights: {@code sum(stars * percent / 100)}; a
   * missing component's weight is spread over the present ones ({@link
   * AbsentComponentPolicy#RENORMALISE}), and the receipt says so.
   *
   * @param percentages each component's weight in percent, adding up to 100
   * @return a composition configuration
   * @throws NullPointerException if {@code percentages} or one of its values is null
   * @throws dev.pillars.core.InvalidInputException if the percentages do not add up to 100 or one
   *     is negative
   */
  public static StrategyConfig percentageWeightedStars(Map<String, Double> percentages) {
    return percentageWeightedStars(percentages, AbsentComponentPolicy.RENORMALISE);
  }

  /**
   * Returns star ratings summed with percentage weights and a policy for a missing component;
   * {@link AbsentComponentPolicy#COUNT_AS_ZERO} reproduces systems where an unrated component
   * scores zero stars.
   *
   * @param percentages each component's weight in percent, adding up to 100
   * @param absent what a missing component does: spread its weight, count as 0, or block the score
   * @return a composition configuration
   * @throws NullPointerException if an argument or a percentage is null
   * @throws dev.pillars.core.InvalidInputException if the percentages do not add up to 100 or one
   *     is negative
   */
  public static StrategyConfig percentageWeightedStars(Map<String, Double> percentages, AbsentComponentPolicy absent) {
    requireNonNull(absent, "absent");
    return weighted(percentages(percentages), absent);
  }

  /**
   * Returns ratings given as fractions of five stars, weighted in percent, the way some HR systems
   * store them: each component scores {@code fraction * 5 * percent / 100} (that is, fraction ×
   * percent ÷ 20), the final score is their sum in stars, rounded half-even to three decimals; a
   * missing component's weight is spread over the present ones. One call instead of several chained
   * by hand; the receipt shows each component's stars earned as its contribution, and the
   * rounding.
   *
   * @param percentages each component's weight in percent, adding up to 100
   * @return a composition configuration
   * @throws NullPointerException if {@code percentages} or one of its values is null
   * @throws dev.pillars.core.InvalidInputException if the percentages do not add up to 100 or one
   *     is negative
   */
  public static StrategyConfig starsFromFractions(Map<String, Double> percentages) {
    return starsFromFractions(percentages, 5, AbsentComponentPolicy.RENORMALISE, Rounding.of(3, RoundingMode.HALF_EVEN));
  }

  /**
   * Returns ratings given as fractions of {@code stars} stars, weighted in percent: each component
   * scores {@code fraction * stars * percent / 100}, the final score is their sum, rounded as
   * given.
   *
   * @param percentages each component's weight in percent, adding up to 100
   * @param stars how many stars a fraction of 1 is worth, from 1 to 100
   * @param absent what a missing component does: spread its weight, count as 0 (as systems that
   *     read an unrated component as 0 do), or block the score
   * @param rounding the rounding of the final score, such as three decimals half-even
   * @return a composition configuration
   * @throws NullPointerException if an argument or a percentage is null
   * @throws dev.pillars.core.InvalidInputException if the percentages do not add up to 100, one is
   *     negative, or {@code stars} is outside 1 to 100
   */
  public static StrategyConfig starsFromFractions(
      Map<String, Double> percentages, int stars, AbsentComponentPolicy absent, Rounding rounding) {
    requireNonNull(percentages, "percentages");
    requireNonNull(absent, "absent");
    requireNonNull(rounding, "rounding");
    Map<String, Double> checked = percentages(percentages);
    Checks.inRange("stars", stars, 1, 100);
    return weighted(checked, absent).with("factor", stars).withRounding(rounding);
  }

  private static Map<String, Double> percentages(Map<String, Double> percentages) {
    requireNonNull(percentages, "percentages");
    double total = 0;
    for (Map.Entry<String, Double> e : percentages.entrySet()) {
      total += Checks.nonNegative("percentages." + e.getKey(), requireNonNull(e.getValue(), "percentages." + e.getKey()));
    }
    Checks.require(Math.abs(total - 100) <= 1e-9, "percentages", percentages, "must add up to 100, not " + total);
    return percentages;
  }

  private static StrategyConfig weighted(Map<String, Double> weights, AbsentComponentPolicy absent) {
    return StrategyConfig.of(CompositionStrategy.WEIGHTED_COMPONENTS)
        .withTable("weights", weights)
        .with("absent", absent.name());
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
   * Returns OKR grading of an objective with a policy for an objective none of whose key results
   * has a grade yet.
   *
   * @param noInputs what an objective with no graded key result gets: no score, or 0
   * @return an aggregation configuration
   * @throws NullPointerException if {@code noInputs} is null
   */
  public static StrategyConfig okrObjective(NoInputsPolicy noInputs) {
    return okrObjective().with(AggregationStrategy.NO_INPUTS, requireNonNull(noInputs, "noInputs").name());
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
