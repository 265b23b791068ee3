package dev.pillars.core.goal;

import dev.pillars.core.Checks;
import dev.pillars.core.Period;
import dev.pillars.core.value.PillarsStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A goal: what an employee or a unit commits to reach within a period, how it is measured, and
 * where it stands in its lifecycle.
 *
 * <p>A goal is an immutable value. Its invariants hold for every instance: the due date lies in the
 * period, the weight is positive and finite, an individual goal is owned by an employee and a unit
 * or organisation goal by a unit. How goals align with each other is kept apart, in the alignment
 * graph.
 */
@Value.Immutable
@PillarsStyle
public abstract class Goal {
  Goal() {}

  /**
   * Returns the goal's id.
   *
   * @return the id
   */
  public abstract GoalId id();

  /**
   * Returns the short title, such as "Cut defect rate by 30 %".
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the longer description, if any.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Returns who owns the goal.
   *
   * @return the owner
   */
  public abstract GoalOwner owner();

  /**
   * Returns the goal's level in the cascade.
   *
   * @return the level
   */
  public abstract GoalLevel level();

  /**
   * Returns the period the goal covers.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Returns the due date; the end of the period unless set.
   *
   * @return the due date, inside the period
   */
  @Value.Default
  public LocalDate dueDate() {
    return period().end();
  }

  /**
   * Returns the goal's weight among its owner's goals; 1 unless set.
   *
   * @return the weight, positive and finite
   */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /**
   * Returns the lifecycle status; {@link GoalStatus#DRAFT} unless set.
   *
   * @return the status
   */
  @Value.Default
  public GoalStatus status() {
    return GoalStatus.DRAFT;
  }

  /**
   * Returns how progress is measured.
   *
   * @return the measure
   */
  public abstract GoalMeasure measure();

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
    Checks.notBlank("title", title());
    description().ifPresent(d -> Checks.notBlank("description", d));
    Checks.positive("weight", weight());
    Checks.require(
        period().contains(dueDate()), "dueDate", dueDate(), "must lie inside the goal's period " + period());
    boolean employeeOwned = owner() instanceof GoalOwner.Employee;
    Checks.require(
        employeeOwned == (level() == GoalLevel.INDIVIDUAL),
        "owner",
        owner(),
        level() == GoalLevel.INDIVIDUAL
            ? "must be an employee for an INDIVIDUAL goal"
            : "must be an organisational unit for a " + level() + " goal");
  }

  /** Builds a {@link Goal}; each attribute may be set once. */
  public static final class Builder extends ImmutableGoal.Builder {
    Builder() {}
  }
}
