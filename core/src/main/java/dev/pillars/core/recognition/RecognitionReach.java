package dev.pillars.core.recognition;

import dev.pillars.core.Checks;
import dev.pillars.core.Period;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognition reach over a period: for the whole organisation and for each unit, who has and who
 * has not been recognised, and the inequality of recognitions and points received.
 *
 * <p>What counts: every recognition that stands (not withdrawn) and was given on a day of the
 * period counts once for each of its receivers, with its points per receiver. Receivers the
 * organisation does not know (people who left) are left out; a unit's people are its members and
 * the members of its sub-units, all the way down. Givers do not count as recognised.
 *
 * <p>Computing it takes one pass over the recognitions and, per unit, a sort of its people's
 * amounts for the {@link Gini} coefficients. The result is immutable and safe to share.
 */
public final class RecognitionReach {
  private final Period period;
  private final UnitReach overall;
  private final Map<OrgUnitId, UnitReach> units;
  private final Map<EmployeeId, Integer> index;
  private final long[] received;
  private final long[] points;

  private RecognitionReach(
      Period period,
      UnitReach overall,
      Map<OrgUnitId, UnitReach> units,
      Map<EmployeeId, Integer> index,
      long[] received,
      long[] points) {
    this.period = period;
    this.overall = overall;
    this.units = units;
    this.index = index;
    this.received = received;
    this.points = points;
  }

  /**
   * Computes the reach of recognitions over a period in an organisation.
   *
   * @param organisation the organisation whose people are counted
   * @param period the period; recognitions given on other days are left out
   * @param recognitions the recognitions to count, in any order; withdrawn ones are left out
   * @return the reach
   * @throws NullPointerException if an argument is null or {@code recognitions} holds null
   */
  public static RecognitionReach of(Organisation organisation, Period period, Iterable<Recognition> recognitions) {
    Checks.notNull("organisation", organisation);
    Checks.notNull("period", period);
    Checks.notNull("recognitions", recognitions);
    List<Employee> people = organisation.employees();
    Map<EmployeeId, Integer> index = new HashMap<>(people.size() * 4 / 3 + 1);
    for (int i = 0; i < people.size(); i++) {
      index.put(people.get(i).id(), i);
    }
    long[] received = new long[people.size()];
    long[] points = new long[people.size()];
    for (Recognition recognition : recognitions) {
      Checks.notNull("recognitions[]", recognition);
      if (recognition.isActive() && period.contains(recognition.givenOn())) {
        for (EmployeeId receiver : recognition.receivers()) {
          Integer at = index.get(receiver);
          if (at != null) {
            received[at]++;
            points[at] += recognition.pointsEach();
          }
        }
      }
    }
    UnitReach overall = reach(Optional.empty(), people, index, received, points);
    Map<OrgUnitId, UnitReach> units = new LinkedHashMap<>();
    for (OrgUnit unit : organisation.units()) {
      units.put(unit.id(), reach(Optional.of(unit.id()), organisation.allMembers(unit.id()), index, received, points));
    }
    return new RecognitionReach(period, overall, units, index, received, points);
  }

  private static UnitReach reach(
      Optional<OrgUnitId> unit, List<Employee> people, Map<EmployeeId, Integer> index, long[] received, long[] points) {
    List<EmployeeId> recognised = new ArrayList<>();
    List<EmployeeId> notRecognised = new ArrayList<>();
    long[] counts = new long[people.size()];
    long[] awarded = new long[people.size()];
    for (int i = 0; i < people.size(); i++) {
      EmployeeId id = people.get(i).id();
      int at = index.get(id);
      counts[i] = received[at];
      awarded[i] = points[at];
      (counts[i] > 0 ? recognised : notRecognised).add(id);
    }
    Arrays.sort(counts);
    Arrays.sort(awarded);
    return new UnitReach(unit, recognised, notRecognised, Gini.ofSorted(counts), Gini.ofSorted(awarded));
  }

  /**
   * Returns the period the reach covers.
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * Returns the reach over the whole organisation.
   *
   * @return the organisation's reach, with an empty unit
   */
  public UnitReach overall() {
    return overall;
  }

  /**
   * Returns the reach of every unit, each over its members and its sub-units' members, in the order
   * the organisation lists its units.
   *
   * @return the units' reach
   */
  public List<UnitReach> units() {
    return List.copyOf(units.values());
  }

  /**
   * Returns the reach of one unit, over its members and its sub-units' members.
   *
   * @param unit the unit
   * @return its reach
   * @throws NullPointerException if {@code unit} is null
   * @throws UnknownReferenceException if the organisation has no such unit
   */
  public UnitReach unit(OrgUnitId unit) {
    UnitReach reach = units.get(Checks.notNull("unit", unit));
    if (reach == null) {
      throw new UnknownReferenceException("unit", unit, "must be a unit of the organisation");
    }
    return reach;
  }

  /**
   * Returns how many recognitions one person received in the period.
   *
   * @param employee the person
   * @return the count; 0 for someone the organisation does not know
   * @throws NullPointerException if {@code employee} is null
   */
  public long recognitionsReceived(EmployeeId employee) {
    Integer at = index.get(Checks.notNull("employee", employee));
    return at == null ? 0 : received[at];
  }

  /**
   * Returns how many points one person received in the period.
   *
   * @param employee the person
   * @return the points; 0 for someone the organisation does not know
   * @throws NullPointerException if {@code employee} is null
   */
  public long pointsReceived(EmployeeId employee) {
    Integer at = index.get(Checks.notNull("employee", employee));
    return at == null ? 0 : points[at];
  }

  @Override
  public String toString() {
    return "RecognitionReach[" + period + ": " + overall.recognised().size() + " of " + overall.people() + " recognised]";
  }
}
