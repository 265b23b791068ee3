package dev.pillars.core.review;

import dev.pillars.core.Checks;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The composite strategy of a template, named so that it can be stored: a scoring strategy's
 * registered name and its parameters as text. Core cannot run it; scoring resolves it ({@code
 * dev.pillars.scoring.review.ReviewScoring}) together with the template's component weights and
 * {@link MissingComponentPolicy}, which it passes to the strategy itself.
 *
 * @param strategy the composition strategy's registered name, such as {@value #WEIGHTED_COMPONENTS}
 * @param parameters further parameters by name, as text (a number is written as a number), such as
 *     {@code factor=5} or a formula's {@code expression}; never the weights or the policy
 */
public record CompositeRule(String strategy, SortedMap<String, String> parameters) {
  /** The name of scoring's weighted composition, the default. */
  public static final String WEIGHTED_COMPONENTS = "weighted-components";

  /**
   * Creates a rule.
   *
   * @param strategy the strategy's registered name, a well-formed identifier
   * @param parameters further parameters; names well-formed identifiers other than {@code weights}
   *     and {@code absent}, values not blank
   * @throws NullPointerException if an argument, a name or a value is null
   * @throws dev.pillars.core.InvalidInputException if a name or value breaks its rule
   */
  public CompositeRule {
    Checks.notNull("strategy", strategy);
    Checks.notNull("parameters", parameters);
    Checks.identifier("strategy", strategy);
    SortedMap<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      String name = Checks.identifier("parameters", e.getKey());
      Checks.require(
          !name.equals("weights") && !name.equals("absent"),
          "parameters",
          name,
          "must not be weights or absent, which come from the template's components and missing-component policy");
      copy.put(name, Checks.notBlank("parameters." + name, e.getValue()));
    }
    parameters = java.util.Collections.unmodifiableSortedMap(copy);
  }

  /**
   * Returns the weighted composition with no further parameters: a weighted mean of the components.
   *
   * @return the rule
   */
  public static CompositeRule weighted() {
    return new CompositeRule(WEIGHTED_COMPONENTS, new TreeMap<>());
  }

  /**
   * Returns a rule of the named strategy with parameters.
   *
   * @param strategy the strategy's registered name
   * @param parameters further parameters by name
   * @return the rule
   */
  public static CompositeRule of(String strategy, Map<String, String> parameters) {
    return new CompositeRule(strategy, new TreeMap<>(Checks.notNull("parameters", parameters)));
  }
}
