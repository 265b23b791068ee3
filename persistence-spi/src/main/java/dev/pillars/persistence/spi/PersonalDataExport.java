package dev.pillars.persistence.spi;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.value.PillarsStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything one tenant's store holds about one employee, for their right of access: their
 * employee record, and the aggregates that belong to them or that they authored.
 *
 * <p>Each list is ordered so that two exports of the same data are equal: goals by id, check-ins
 * by goal id and then by time. Further kinds of personal data (feedback, reviews) are added as
 * further attributes, each empty by default.
 */
@Value.Immutable
@PillarsStyle
public abstract class PersonalDataExport {
  PersonalDataExport() {}

  /**
   * Returns the employee the export is about.
   *
   * @return the employee
   */
  public abstract EmployeeId employee();

  /**
   * Returns the employee's record: name, manager, unit, role, grade, hire date and attributes.
   *
   * @return the record, or empty if the store holds none for them
   */
  public abstract Optional<Employee> record();

  /**
   * Returns the goals the employee owns, ordered by id.
   *
   * @return the employee's goals; empty if they own none
   */
  public abstract List<Goal> goals();

  /**
   * Returns the check-ins on the goals the employee owns (check-ins are the goal owner's), ordered
   * by goal id and then by time.
   *
   * @return the check-ins; empty if there are none
   */
  public abstract List<CheckIn> checkIns();

  /**
   * Returns whether the store holds nothing about the employee.
   *
   * @return true if there is no record and every list is empty
   */
  public boolean isEmpty() {
    return record().isEmpty() && goals().isEmpty() && checkIns().isEmpty();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    record().ifPresent(
        r -> Checks.require(r.id().equals(employee()), "record", r.id(), "must be the record of " + employee()));
    GoalOwner owner = GoalOwner.employee(employee());
    Set<GoalId> owned = new HashSet<>();
    for (int i = 0; i < goals().size(); i++) {
      Goal goal = goals().get(i);
      Checks.require(goal.owner().equals(owner), "goals", goal.id(), "must be owned by employee " + employee());
      Checks.require(
          i == 0 || goals().get(i - 1).id().compareTo(goal.id()) < 0,
          "goals",
          goal.id(),
          "must be ordered by id without repeats");
      owned.add(goal.id());
    }
    for (int i = 0; i < checkIns().size(); i++) {
      CheckIn checkIn = checkIns().get(i);
      Checks.require(
          owned.contains(checkIn.goalId()),
          "checkIns",
          checkIn.goalId(),
          "must be on a goal of the export");
      if (i > 0) {
        CheckIn before = checkIns().get(i - 1);
        int order = before.goalId().compareTo(checkIn.goalId());
        Checks.require(
            order < 0 || order == 0 && before.at().isBefore(checkIn.at()),
            "checkIns",
            checkIn.goalId() + "@" + checkIn.at(),
            "must be ordered by goal id and then by time, without repeats");
      }
    }
  }

  /** Builds a {@link PersonalDataExport}; each attribute may be set once, lists added to. */
  public static final class Builder extends ImmutablePersonalDataExport.Builder {
    Builder() {}
  }
}
