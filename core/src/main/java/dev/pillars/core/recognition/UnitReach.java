package dev.pillars.core.recognition;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.util.List;
import java.util.Optional;

/**
 * Recognition reach in one unit (or the whole organisation) over a period: who was recognised, who
 * was not, and how unequally recognitions and points were spread among its people.
 *
 * @param unit the unit, with its sub-units; empty for the whole organisation
 * @param recognised the people who received at least one recognition, in the organisation's order
 * @param notRecognised the people who received none, in the organisation's order
 * @param recognitionsGini the {@linkplain Gini Gini coefficient} of the recognitions each person
 *     received, in {@code [0, 1)}
 * @param pointsGini the Gini coefficient of the points each person received, in {@code [0, 1)}
 */
public record UnitReach(
    Optional<OrgUnitId> unit,
    List<EmployeeId> recognised,
    List<EmployeeId> notRecognised,
    double recognitionsGini,
    double pointsGini) {
  /**
   * Creates a unit's reach.
   *
   * @param unit the unit, with its sub-units; empty for the whole organisation
   * @param recognised the people who received at least one recognition
   * @param notRecognised the people who received none
   * @param recognitionsGini the Gini coefficient of recognitions received, in {@code [0, 1)}
   * @param pointsGini the Gini coefficient of points received, in {@code [0, 1)}
   * @throws NullPointerException if a part is null or a list holds null
   * @throws dev.pillars.core.InvalidInputException if a coefficient is outside {@code [0, 1)}
   */
  public UnitReach {
    Checks.notNull("unit", unit);
    recognised = List.copyOf(Checks.notNull("recognised", recognised));
    notRecognised = List.copyOf(Checks.notNull("notRecognised", notRecognised));
    Checks.require(recognitionsGini >= 0 && recognitionsGini < 1, "recognitionsGini", recognitionsGini, "must be in [0, 1)");
    Checks.require(pointsGini >= 0 && pointsGini < 1, "pointsGini", pointsGini, "must be in [0, 1)");
    recognitionsGini = Checks.positiveZero(recognitionsGini);
    pointsGini = Checks.positiveZero(pointsGini);
  }

  /**
   * Returns how many people the unit has.
   *
   * @return the recognised and the not recognised together
   */
  public int people() {
    return recognised.size() + notRecognised.size();
  }

  /**
   * Returns the share of the unit's people who were recognised.
   *
   * @return from 0 to 1; 0 for a unit without people
   */
  public double share() {
    return people() == 0 ? 0 : (double) recognised.size() / people();
  }
}
