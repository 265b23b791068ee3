package dev.pillars.core.rating;

import dev.pillars.core.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered list of rating levels, lowest first, such as 1 "unsatisfactory" to 5 "outstanding".
 *
 * @param levels the levels, at least two, values strictly increasing, labels unique
 */
public record RatingScale(List<RatingLevel> levels) {
  /**
   * Creates a scale.
   *
   * @param levels the levels, at least two, values strictly increasing, labels unique
   * @throws dev.pillars.core.InvalidInputException if there are fewer than two levels, values do
   *     not strictly increase or labels repeat
   */
  public RatingScale {
    Checks.notNull("levels", levels);
    Checks.require(levels.size() >= 2, "levels", levels, "must hold at least two levels");
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < levels.size(); i++) {
      RatingLevel level = Checks.notNull("levels[" + i + "]", levels.get(i));
      Checks.require(labels.add(level.label()), "levels[" + i + "].label", level.label(), "must be unique in the scale");
      if (i > 0) {
        Checks.require(
            level.value() > levels.get(i - 1).value(),
            "levels[" + i + "].value",
            level.value(),
            "must be above the previous level's value " + levels.get(i - 1).value());
      }
    }
    levels = List.copyOf(levels);
  }

  /**
   * Returns a scale of the given levels, lowest first.
   *
   * @param levels the levels
   * @return the scale
   */
  public static RatingScale of(RatingLevel... levels) {
    return new RatingScale(Arrays.asList(Checks.notNull("levels", levels)));
  }

  /**
   * Returns a scale of values with their labels, lowest first.
   *
   * @param values the values, strictly increasing
   * @param labels the labels, as many as values
   * @return the scale
   * @throws dev.pillars.core.InvalidInputException if the lists differ in length or the levels are
   *     invalid
   */
  public static RatingScale of(List<Double> values, List<String> labels) {
    Checks.notNull("values", values);
    Checks.notNull("labels", labels);
    Checks.require(values.size() == labels.size(), "labels", labels, "must be as many as the values " + values);
    List<RatingLevel> levels = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      levels.add(RatingLevel.of(Checks.notNull("values[" + i + "]", values.get(i)), labels.get(i)));
    }
    return new RatingScale(levels);
  }

  /**
   * Returns the scale's levels' values, lowest first.
   *
   * @return the values
   */
  public List<Double> values() {
    return levels.stream().map(RatingLevel::value).toList();
  }

  /**
   * Returns the scale's labels, lowest first.
   *
   * @return the labels
   */
  public List<String> labels() {
    return levels.stream().map(RatingLevel::label).toList();
  }

  /**
   * Returns the lowest level.
   *
   * @return the lowest level
   */
  public RatingLevel lowest() {
    return levels.get(0);
  }

  /**
   * Returns the highest level.
   *
   * @return the highest level
   */
  public RatingLevel highest() {
    return levels.get(levels.size() - 1);
  }

  /**
   * Returns the level with a label.
   *
   * @param label the label
   * @return the level, or empty if no level has it
   */
  public Optional<RatingLevel> level(String label) {
    Checks.notNull("label", label);
    return levels.stream().filter(l -> l.label().equals(label)).findFirst();
  }
}
