package dev.pillars.scoring.review;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.review.CompositeRule;
import dev.pillars.core.review.GoalRating;
import dev.pillars.core.review.ReviewContent;
import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.scoring.Outcome;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.composition.CompositionStrategy;
import dev.pillars.scoring.preset.Presets;
import dev.pillars.scoring.rating.RatingStrategy;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scores reviews with their template's composite strategy.
 *
 * <p><b>Resolving the template.</b> The template stores its composite as a {@link CompositeRule}:
 * a strategy name and text parameters. {@link #config(ReviewTemplate)} turns it into a {@link
 * StrategyConfig}: each parameter a number where its text is one, else a text; then the template's
 * own facts: for {@value CompositeRule#WEIGHTED_COMPONENTS} (and any other strategy) the component
 * weights as the {@code weights} table, for the formula ({@value Presets#FORMULA}) the component
 * names as its {@code variables}; and always the missing-component policy as {@code absent}. The
 * registry then creates the strategy, so a custom composition registered there works too.
 *
 * <p><b>Components.</b> {@value ReviewTemplate#GOALS} is the weighted mean of the content's goal
 * ratings (each goal's weight as the review recorded it), {@value ReviewTemplate#COMPETENCIES} the
 * mean of its competency ratings; each is absent when nothing of its kind is rated. Every other
 * component of the template comes from the caller ({@code supplied}), such as {@value
 * ReviewTemplate#FEEDBACK} from the feedback pillar's 360 results: a score on the template's
 * scale, or absent. The template's missing-component policy decides what an absent one does.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReviewScoring {
  private final StrategyRegistry registry;

  private ReviewScoring(StrategyRegistry registry) {
    this.registry = registry;
  }

  /**
   * Returns review scoring over the built-in strategies.
   *
   * @return the scoring
   */
  public static ReviewScoring builtIns() {
    return new ReviewScoring(StrategyRegistry.builtIns());
  }

  /**
   * Returns review scoring over a registry, for custom composition strategies.
   *
   * @param registry the registry that creates the composite strategies
   * @return the scoring
   * @throws NullPointerException if {@code registry} is null
   */
  public static ReviewScoring of(StrategyRegistry registry) {
    return new ReviewScoring(Objects.requireNonNull(registry, "registry"));
  }

  /**
   * Returns the strategy configuration a template's composite rule stands for.
   *
   * @param template the template
   * @return the configuration
   * @throws NullPointerException if {@code template} is null
   */
  public StrategyConfig config(ReviewTemplate template) {
    Objects.requireNonNull(template, "template");
    CompositeRule rule = template.composite();
    StrategyConfig config = StrategyConfig.of(rule.strategy());
    for (Map.Entry<String, String> p : rule.parameters().entrySet()) {
      OptionalDouble number = number(p.getValue());
      config = number.isPresent() ? config.with(p.getKey(), number.getAsDouble()) : config.with(p.getKey(), p.getValue());
    }
    if (rule.strategy().equals(Presets.FORMULA)) {
      config = config.withTexts(Presets.FORMULA_VARIABLES, new ArrayList<>(new TreeMap<>(template.components()).keySet()));
    } else {
      config = config.withTable("weights", template.components());
    }
    return config.with("absent", template.missingComponents().name());
  }

  /**
   * Returns the composition strategy of a template.
   *
   * @param template the template
   * @return the strategy
   * @throws NullPointerException if {@code template} is null
   * @throws dev.pillars.scoring.UnknownStrategyException if the registry has no such composition
   * @throws InvalidInputException if the rule's parameters do not suit the strategy
   */
  public CompositionStrategy strategy(ReviewTemplate template) {
    return registry.composition(config(template));
  }

  /**
   * Returns the component scores of a review's content: the two it rates, and those supplied.
   *
   * @param template the template
   * @param content the review's content, such as a submitted revision's
   * @param supplied the other components' scores by name, such as {@code feedback}; each a
   *     component of the template other than goals and competencies, finite
   * @return the present components by name
   * @throws NullPointerException if an argument, name or value is null
   * @throws InvalidInputException if a supplied name is not a component the caller may supply, or
   *     its value is not finite
   */
  public SortedMap<String, Double> components(ReviewTemplate template, ReviewContent content, Map<String, Double> supplied) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(supplied, "supplied");
    SortedMap<String, Double> components = new TreeMap<>();
    for (Map.Entry<String, Double> e : supplied.entrySet()) {
      String name = Checks.notNull("supplied", e.getKey());
      Checks.require(
          template.components().containsKey(name) && !name.equals(ReviewTemplate.GOALS) && !name.equals(ReviewTemplate.COMPETENCIES),
          "supplied",
          name,
          "must be a component of template " + template.id() + " other than goals and competencies: " + template.components().keySet());
      components.put(name, Checks.finite("supplied." + name, Checks.notNull("supplied." + name, e.getValue())));
    }
    if (template.components().containsKey(ReviewTemplate.GOALS) && !content.goals().isEmpty()) {
      double sum = 0;
      double weights = 0;
      for (GoalRating rating : content.goals().values()) {
        sum += rating.rating() * rating.weight();
        weights += rating.weight();
      }
      components.put(ReviewTemplate.GOALS, sum / weights);
    }
    if (template.components().containsKey(ReviewTemplate.COMPETENCIES) && !content.competencies().isEmpty()) {
      double sum = 0;
      for (double rating : content.competencies().values()) {
        sum += rating;
      }
      components.put(ReviewTemplate.COMPETENCIES, sum / content.competencies().size());
    }
    return components;
  }

  /**
   * Scores a review's content: its components, the composite's outcome with its receipt, and the
   * nearest level of the scale.
   *
   * @param template the template
   * @param content the review's content, such as a submitted revision's
   * @param supplied the other components' scores by name (see {@link #components})
   * @return the review score
   * @throws NullPointerException if an argument, name or value is null
   * @throws InvalidInputException if a supplied component is invalid, or the policy is {@code
   *     REJECT} and a component is absent
   */
  public ReviewScore score(ReviewTemplate template, ReviewContent content, Map<String, Double> supplied) {
    SortedMap<String, Double> components = components(template, content, supplied);
    Outcome outcome = strategy(template).outcome(components);
    return new ReviewScore(
        components,
        outcome,
        outcome.asScore().map(s -> RatingStrategy.nearest(template.scale()).rate(s.value()).level()));
  }

  /**
   * Scores a review's content with the feedback component, as the feedback pillar supplies it.
   *
   * @param template the template
   * @param content the review's content
   * @param feedback the {@value ReviewTemplate#FEEDBACK} component's score, or empty when the person
   *     has none (or the template has no such component)
   * @return the review score
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException as {@link #score(ReviewTemplate, ReviewContent, Map)} does
   */
  public ReviewScore score(ReviewTemplate template, ReviewContent content, OptionalDouble feedback) {
    Objects.requireNonNull(feedback, "feedback");
    return score(template, content, feedback.isPresent() ? Map.of(ReviewTemplate.FEEDBACK, feedback.getAsDouble()) : Map.of());
  }

  private static OptionalDouble number(String text) {
    try {
      double value = Double.parseDouble(text.strip());
      return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    } catch (NumberFormatException notANumber) {
      return OptionalDouble.empty();
    }
  }

  @Override
  public String toString() {
    return "ReviewScoring" + registry;
  }
}
