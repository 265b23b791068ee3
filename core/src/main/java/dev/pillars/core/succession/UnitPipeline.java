package dev.pillars.core.succession;

import dev.pillars.core.Checks;
import dev.pillars.core.org.OrgUnitId;
import java.util.List;

/**
 * The succession pipeline of one unit: its key positions, those without a ready-now candidate
 * first, and its bench strength.
 *
 * @param unit the unit
 * @param positions the unit's plans: those with no ready-now candidate first, then by risk and
 *     impact (highest first), then by position id
 * @param coveredNow how many of them have at least one ready-now candidate
 * @param withoutEmergencyCover how many of them have no emergency cover named
 */
public record UnitPipeline(OrgUnitId unit, List<SuccessionPlan> positions, int coveredNow, int withoutEmergencyCover) {
  /**
   * Creates a pipeline.
   *
   * @param unit the unit
   * @param positions the plans, in pipeline order, at least one
   * @param coveredNow how many have a ready-now candidate
   * @param withoutEmergencyCover how many have no emergency cover
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if there is no position or a count is out of
   *     range
   */
  public UnitPipeline {
    Checks.notNull("unit", unit);
    positions = List.copyOf(Checks.notNull("positions", positions));
    Checks.require(!positions.isEmpty(), "positions", positions, "must hold at least one position");
    Checks.inRange("coveredNow", coveredNow, 0, positions.size());
    Checks.inRange("withoutEmergencyCover", withoutEmergencyCover, 0, positions.size());
  }

  /**
   * Returns the unit's bench strength: the share of its key positions that someone could take over
   * now.
   *
   * @return positions with a ready-now candidate over all key positions, in [0, 1]
   */
  public double benchStrength() {
    return (double) coveredNow / positions.size();
  }
}
