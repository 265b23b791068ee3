package dev.pillars.core.assessment;

import dev.pillars.core.Checks;
import dev.pillars.core.competency.CompetencyId;
import java.util.Optional;

/**
 * One competency's level in an assessment, with the evidence for it.
 *
 * @param competency the competency
 * @param level the assessed proficiency level, from 1, one of the competency's levels in the
 *     assessment's model revision
 * @param evidence what the level rests on, such as an observed hand-over or a certificate
 */
public record Rating(CompetencyId competency, int level, Optional<String> evidence) {
  /**
   * Creates a rating.
   *
   * @param competency the competency
   * @param level the level, from 1
   * @param evidence the evidence, not blank if present
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if {@code level} is below 1 or the evidence blank
   */
  public Rating {
    Checks.notNull("competency", competency);
    Checks.notNull("evidence", evidence);
    Checks.require(level >= 1, "level", level, "must be 1 or more");
    evidence.ifPresent(e -> Checks.notBlank("evidence", e));
  }

  /**
   * Returns a rating without evidence.
   *
   * @param competency the competency
   * @param level the level
   * @return the rating
   */
  public static Rating of(CompetencyId competency, int level) {
    return new Rating(competency, level, Optional.empty());
  }

  /**
   * Returns a rating with evidence.
   *
   * @param competency the competency
   * @param level the level
   * @param evidence the evidence
   * @return the rating
   */
  public static Rating of(CompetencyId competency, int level, String evidence) {
    return new Rating(competency, level, Optional.of(Checks.notNull("evidence", evidence)));
  }
}
