package dev.pillars.scoring.calibration;

import dev.pillars.core.Checks;
import java.util.List;

/**
 * The smallest set of rating moves that brings a population within a guideline's tolerance.
 *
 * @param before the distribution as proposed
 * @param moves the moves, fewest possible; empty when the population is within tolerance already
 *     or cannot be brought within it
 * @param after the distribution once the moves are applied
 * @param feasible whether any distribution of this population's size is within tolerance; when not
 *     (the tolerance is too tight for so few people), no moves are suggested
 */
public record MovePlan(Distribution before, List<SuggestedMove> moves, Distribution after, boolean feasible) {
  /**
   * Creates a plan.
   *
   * @param before the distribution as proposed
   * @param moves the moves
   * @param after the distribution after the moves
   * @param feasible whether the guideline can be met at this size
   * @throws dev.pillars.core.InvalidInputException if the distributions differ in population or size
   */
  public MovePlan {
    Checks.notNull("before", before);
    Checks.notNull("after", after);
    moves = List.copyOf(Checks.notNull("moves", moves));
    Checks.require(before.population().equals(after.population()), "after.population", after.population(),
        "must be the population before, " + before.population());
    Checks.require(before.size() == after.size(), "after.size", after.size(), "must be the size before, " + before.size());
  }
}
