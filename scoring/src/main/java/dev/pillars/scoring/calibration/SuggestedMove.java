package dev.pillars.scoring.calibration;

import dev.pillars.core.Checks;
import dev.pillars.core.calibration.ProposedRating;
import java.util.Optional;

/**
 * One rating move calibration suggests, with why.
 *
 * @param rating the proposed rating to move
 * @param toLevel the level to move it to, different from the proposed one
 * @param corrects the rater effect the move corrects, if the rater shows one that explains the
 *     move's direction; empty when it only corrects the distance from the guideline
 * @param reason the explanation in words, not blank
 */
public record SuggestedMove(ProposedRating rating, int toLevel, Optional<RaterEffect> corrects, String reason) {
  /**
   * Creates a move.
   *
   * @param rating the proposed rating to move
   * @param toLevel the level to move it to
   * @param corrects the rater effect the move corrects, if any
   * @param reason the explanation, not blank
   * @throws dev.pillars.core.InvalidInputException if the level is negative or the proposed one, or
   *     the reason blank
   */
  public SuggestedMove {
    Checks.notNull("rating", rating);
    Checks.notNull("corrects", corrects);
    Checks.notBlank("reason", reason);
    Checks.require(toLevel >= 0, "toLevel", toLevel, "must be a level index, 0 or more");
    Checks.require(toLevel != rating.level(), "toLevel", toLevel, "must differ from the proposed level");
  }

  /**
   * Returns the rating after the move.
   *
   * @return the rating at {@link #toLevel()}
   */
  public ProposedRating moved() {
    return rating.withLevel(toLevel);
  }
}
