package dev.pillars.core.review;

import dev.pillars.core.Checks;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.goal.GoalId;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a review says: ratings of goals and competencies, answers to the role's questions, a comment
 * and a proposed overall rating. Immutable; each {@code with…} method returns new content. Whether
 * the ratings lie on the scale is the template's check ({@link ReviewTemplate#requireFits}).
 *
 * @param goals the rating of each goal, by goal
 * @param competencies the rating of each competency, by competency, each finite
 * @param answers the answer to each question, by question key, not blank
 * @param comment a general comment, not blank when present
 * @param proposedRating the overall rating the author proposes, finite when present
 */
public record ReviewContent(
    SortedMap<GoalId, GoalRating> goals,
    SortedMap<CompetencyId, Double> competencies,
    SortedMap<String, String> answers,
    Optional<String> comment,
    OptionalDouble proposedRating) {
  /**
   * Creates content.
   *
   * @param goals the rating of each goal
   * @param competencies the rating of each competency, each finite
   * @param answers the answer to each question by key, not blank
   * @param comment a general comment, not blank when present
   * @param proposedRating the proposed overall rating, finite when present
   * @throws NullPointerException if an argument, key or value is null
   * @throws dev.pillars.core.InvalidInputException if a rating is not finite or a text is blank
   */
  public ReviewContent {
    Checks.notNull("goals", goals);
    Checks.notNull("competencies", competencies);
    Checks.notNull("answers", answers);
    Checks.notNull("comment", comment);
    Checks.notNull("proposedRating", proposedRating);
    SortedMap<GoalId, GoalRating> g = new TreeMap<>();
    goals.forEach((k, v) -> g.put(Checks.notNull("goals", k), Checks.notNull("goals." + k, v)));
    SortedMap<CompetencyId, Double> c = new TreeMap<>();
    competencies.forEach((k, v) -> c.put(
        Checks.notNull("competencies", k), Checks.finite("competencies." + k, Checks.notNull("competencies." + k, v))));
    SortedMap<String, String> a = new TreeMap<>();
    answers.forEach((k, v) -> a.put(Checks.identifier("answers", k), Checks.notBlank("answers." + k, v)));
    comment.ifPresent(text -> Checks.notBlank("comment", text));
    if (proposedRating.isPresent()) {
      proposedRating = OptionalDouble.of(Checks.finite("proposedRating", proposedRating.getAsDouble()));
    }
    goals = Collections.unmodifiableSortedMap(g);
    competencies = Collections.unmodifiableSortedMap(c);
    answers = Collections.unmodifiableSortedMap(a);
  }

  /**
   * Returns content with nothing in it.
   *
   * @return empty content
   */
  public static ReviewContent empty() {
    return new ReviewContent(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), Optional.empty(), OptionalDouble.empty());
  }

  /**
   * Returns whether nothing is written.
   *
   * @return true if there are no ratings, answers, comment or proposed rating
   */
  public boolean isEmpty() {
    return goals.isEmpty() && competencies.isEmpty() && answers.isEmpty() && comment.isEmpty() && proposedRating.isEmpty();
  }

  /**
   * Returns this content with a goal rated.
   *
   * @param goal the goal
   * @param rating the rating
   * @param weight the goal's weight
   * @return the new content
   */
  public ReviewContent withGoal(GoalId goal, double rating, double weight) {
    SortedMap<GoalId, GoalRating> next = new TreeMap<>(goals);
    next.put(Checks.notNull("goal", goal), GoalRating.of(rating, weight));
    return new ReviewContent(next, competencies, answers, comment, proposedRating);
  }

  /**
   * Returns this content with a competency rated.
   *
   * @param competency the competency
   * @param rating the rating
   * @return the new content
   */
  public ReviewContent withCompetency(CompetencyId competency, double rating) {
    SortedMap<CompetencyId, Double> next = new TreeMap<>(competencies);
    next.put(Checks.notNull("competency", competency), rating);
    return new ReviewContent(goals, next, answers, comment, proposedRating);
  }

  /**
   * Returns this content with a question answered.
   *
   * @param question the question's key
   * @param answer the answer
   * @return the new content
   */
  public ReviewContent withAnswer(String question, String answer) {
    SortedMap<String, String> next = new TreeMap<>(answers);
    next.put(Checks.notNull("question", question), Checks.notNull("answer", answer));
    return new ReviewContent(goals, competencies, next, comment, proposedRating);
  }

  /**
   * Returns this content with a general comment.
   *
   * @param text the comment
   * @return the new content
   */
  public ReviewContent withComment(String text) {
    return new ReviewContent(goals, competencies, answers, Optional.of(Checks.notNull("comment", text)), proposedRating);
  }

  /**
   * Returns this content with a proposed overall rating.
   *
   * @param rating the rating
   * @return the new content
   */
  public ReviewContent withProposedRating(double rating) {
    return new ReviewContent(goals, competencies, answers, comment, OptionalDouble.of(rating));
  }
}
