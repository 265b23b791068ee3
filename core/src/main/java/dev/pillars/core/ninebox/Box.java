package dev.pillars.core.ninebox;

import dev.pillars.core.Checks;

/**
 * One box of a grid.
 *
 * @param performance the performance band, 0 for the lowest
 * @param potential the potential band, 0 for the lowest
 * @param label the box's name, such as "star", not blank
 */
public record Box(int performance, int potential, String label) {
  /**
   * Creates a box.
   *
   * @param performance the performance band, 0 or more
   * @param potential the potential band, 0 or more
   * @param label the box's name, not blank
   * @throws dev.pillars.core.InvalidInputException if a band is negative or the label blank
   */
  public Box {
    Checks.require(performance >= 0, "performance", performance, "must be a band index, 0 or more");
    Checks.require(potential >= 0, "potential", potential, "must be a band index, 0 or more");
    Checks.notBlank("label", label);
  }
}
