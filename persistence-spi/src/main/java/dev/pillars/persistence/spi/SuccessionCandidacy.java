package dev.pillars.persistence.spi;

import dev.pillars.core.Checks;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.PositionId;

/**
 * One succession candidacy of a person, as their export shows it: the position, its title, and
 * their own place on its slate (readiness and the gaps they must close). It never lists the other
 * candidates: a candidate does not see the slate.
 *
 * @param position the key position
 * @param title the position's title
 * @param candidate the person's own candidacy
 */
public record SuccessionCandidacy(PositionId position, String title, Candidate candidate) {
  /**
   * Creates a candidacy.
   *
   * @param position the key position
   * @param title the position's title
   * @param candidate the person's own candidacy
   * @throws NullPointerException if an argument is null
   */
  public SuccessionCandidacy {
    Checks.notNull("position", position);
    Checks.notNull("title", title);
    Checks.notNull("candidate", candidate);
  }
}
