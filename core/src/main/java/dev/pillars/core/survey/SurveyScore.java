package dev.pillars.core.survey;

import dev.pillars.core.Checks;
import java.util.Optional;

/**
 * The scores of one shown group of a survey (a team or the total).
 *
 * @param group the group's name, as in the anonymous results
 * @param responses how many responded, at least the threshold
 * @param engagementIndex the engagement index, 0 to 100; empty if the survey has no engagement question
 * @param enps the eNPS, -100 to 100; empty if the survey has no eNPS question
 */
public record SurveyScore(String group, int responses, Optional<Double> engagementIndex, Optional<Double> enps) {
  /**
   * Creates a score.
   *
   * @param group the group's name
   * @param responses how many responded, at least 1
   * @param engagementIndex the engagement index, 0 to 100
   * @param enps the eNPS, -100 to 100
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if a number is out of range
   */
  public SurveyScore {
    Checks.notNull("group", group);
    Checks.notNull("engagementIndex", engagementIndex);
    Checks.notNull("enps", enps);
    Checks.notBlank("group", group);
    Checks.inRange("responses", responses, 1, Integer.MAX_VALUE);
    Checks.notNull("engagementIndex", engagementIndex).ifPresent(v -> Checks.inRange("engagementIndex", v, 0, 100));
    Checks.notNull("enps", enps).ifPresent(v -> Checks.inRange("enps", v, -100, 100));
  }

  /**
   * Returns one metric of this group.
   *
   * @param metric the metric
   * @return its value, if the survey measures it
   */
  public Optional<Double> value(SurveyMetric metric) {
    return Checks.notNull("metric", metric) == SurveyMetric.ENPS ? enps : engagementIndex;
  }
}
