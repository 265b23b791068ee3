package dev.pillars.core.review;

import dev.pillars.core.Checks;
import dev.pillars.core.event.Change;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.value.PillarsStyle;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a review cycle asks and how it scores: the components and their weights (such as goals 60,
 * competencies 30, feedback 10), the rating scale every rating lies on, the composite strategy
 * and its missing-component policy, and the roles asked with their questions.
 *
 * <p>The components {@value #GOALS} and {@value #COMPETENCIES} are read from a review's ratings;
 * any other component (such as {@value #FEEDBACK}) is supplied by the caller when a review is
 * scored. A template is defined once and never changes; a new version is a new template.
 */
@Value.Immutable
@PillarsStyle
public abstract class ReviewTemplate {
  /** The component read from a review's goal ratings: their weighted mean. */
  public static final String GOALS = "goals";

  /** The component read from a review's competency ratings: their mean. */
  public static final String COMPETENCIES = "competencies";

  /** The component a caller supplies from the feedback pillar (360 results), when it has one. */
  public static final String FEEDBACK = "feedback";

  ReviewTemplate() {}

  /**
   * Returns the template's id.
   *
   * @return the id
   */
  public abstract ReviewTemplateId id();

  /**
   * Returns the template's name, such as "Half-year review".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the scale every rating of a review lies on.
   *
   * @return the scale
   */
  public abstract RatingScale scale();

  /**
   * Returns the weight of each component by name, such as goals 60, competencies 30, feedback 10.
   *
   * @return the weights: names well-formed identifiers, weights zero or positive, their total
   *     positive
   */
  public abstract Map<String, Double> components();

  /**
   * Returns the composite strategy; the weighted composition unless set.
   *
   * @return the rule
   */
  @Value.Default
  public CompositeRule composite() {
    return CompositeRule.weighted();
  }

  /**
   * Returns what the composite does with a component that has no score; {@link
   * MissingComponentPolicy#RENORMALISE} unless set.
   *
   * @return the policy
   */
  @Value.Default
  public MissingComponentPolicy missingComponents() {
    return MissingComponentPolicy.RENORMALISE;
  }

  /**
   * Returns the roles asked and the questions each is asked; a role not in the map is not asked.
   *
   * @return the questions by role, at least one role
   */
  public abstract Map<ReviewRole, List<ReviewQuestion>> questions();

  /**
   * Returns the roles the template asks.
   *
   * @return the roles
   */
  public Set<ReviewRole> roles() {
    return questions().keySet();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Defines a template: returns it with the {@link TemplateDefined} event.
   *
   * @param template the template
   * @param clock the clock that dates the event
   * @return the change
   * @throws NullPointerException if an argument is null
   */
  public static Change<ReviewTemplate> define(ReviewTemplate template, Clock clock) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(clock, "clock");
    return Change.of(template, new TemplateDefined(template.id(), template.name(), clock.instant()));
  }

  /**
   * Requires a rating that is one of the scale's values.
   *
   * @param field the field that holds the rating, for the message
   * @param rating the rating
   * @return {@code rating}
   * @throws dev.pillars.core.InvalidInputException if the rating is not a value of the scale
   */
  public double requireOnScale(String field, double rating) {
    Checks.require(
        scale().values().contains(Checks.finite(field, rating)),
        field,
        rating,
        "must be a value of the rating scale " + scale().values());
    return rating;
  }

  /**
   * Requires a review's content to fit the template for a role: the role is asked, every rating
   * lies on the scale, and every answer names a question of the role.
   *
   * @param role the role that writes the content
   * @param content the content
   * @return {@code content}
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException naming the first rating or answer that does not
   *     fit, or the role if it is not asked
   */
  public ReviewContent requireFits(ReviewRole role, ReviewContent content) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
    List<ReviewQuestion> asked = questions().get(role);
    Checks.require(asked != null, "role", role, "must be one of the roles template " + id() + " asks: " + roles());
    content.goals().forEach((goal, rating) -> requireOnScale("goals." + goal + ".rating", rating.rating()));
    content.competencies().forEach((competency, rating) -> requireOnScale("competencies." + competency, rating));
    if (content.proposedRating().isPresent()) {
      requireOnScale("proposedRating", content.proposedRating().getAsDouble());
    }
    Set<String> keys = new HashSet<>();
    Objects.requireNonNull(asked).forEach(q -> keys.add(q.key()));
    for (String key : content.answers().keySet()) {
      Checks.require(keys.contains(key), "answers", key, "must name a question asked of " + role + ": " + keys);
    }
    return content;
  }

  @Value.Check
  void check() {
    Checks.notBlank("name", name());
    Checks.require(!components().isEmpty(), "components", components(), "must name at least one component");
    double total = 0;
    for (Map.Entry<String, Double> e : components().entrySet()) {
      Checks.identifier("components", e.getKey());
      total += Checks.nonNegative("components." + e.getKey(), e.getValue());
    }
    Checks.require(total > 0 && Double.isFinite(total), "components", components(), "must have a positive, finite total weight");
    Checks.require(!questions().isEmpty(), "questions", questions(), "must ask at least one role");
    questions().forEach((role, list) -> {
      Set<String> keys = new HashSet<>();
      for (ReviewQuestion q : list) {
        Checks.require(keys.add(q.key()), "questions." + role, q.key(), "must be unique within the role");
      }
    });
  }

  /** Builds a {@link ReviewTemplate}; each attribute may be set once. */
  public static final class Builder extends ImmutableReviewTemplate.Builder {
    Builder() {}
  }
}
