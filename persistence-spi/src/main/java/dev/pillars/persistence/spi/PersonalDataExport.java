package dev.pillars.persistence.spi;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.value.PillarsStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything one tenant's store holds about one employee, for their right of access: the
 * aggregates that belong to them or that they authored.
 *
 * <p>Each list is ordered by id so that two exports of the same data are equal. Further kinds of
 * personal data (check-ins, feedback, reviews) are added as further lists, each empty by default.
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
   * Returns the goals the employee owns, ordered by id.
   *
   * @return the employee's goals; empty if they own none
   */
  public abstract List<Goal> goals();

  /**
   * Returns whether the store holds nothing about the employee.
   *
   * @return true if every list is empty
   */
  public boolean isEmpty() {
    return goals().isEmpty();
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
    GoalOwner owner = GoalOwner.employee(employee());
    for (Goal goal : goals()) {
      Checks.require(
          goal.owner().equals(owner), "goals", goal.id(), "must be owned by employee " + employee());
    }
    for (int i = 1; i < goals().size(); i++) {
      Checks.require(
          goals().get(i - 1).id().compareTo(goals().get(i).id()) < 0,
          "goals",
          goals().get(i).id(),
          "must be ordered by id without repeats");
    }
  }

  /** Builds a {@link PersonalDataExport}; each attribute may be set once, lists added to. */
  public static final class Builder extends ImmutablePersonalDataExport.Builder {
    Builder() {}
  }
}
