package dev.pillars.core.goal;

import dev.pillars.core.Checks;
import dev.pillars.core.IllegalTransitionException;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import dev.pillars.core.value.PillarsStyle;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A goal: what an employee or a unit commits to reach within a period, how it is measured, and
 * where it stands in its lifecycle.
 *
 * <p>A goal is an immutable value. Its invariants hold for every instance: the due date lies in the
 * period, the weight is positive and finite, an individual goal is owned by an employee and a unit
 * or organisation goal by a unit. How goals align with each other is kept apart, in the alignment
 * graph.
 *
 * <p>A goal is also an aggregate with a lifecycle. Its state changes through {@link #create},
 * {@link #transitionTo}, {@link #reweight}, {@link #completeMilestone(int, Clock)} and {@link
 * #checkIn}; each returns a {@link Change} holding the new goal and a {@link GoalEvent}, and each
 * rejects an illegal request with an {@link InvalidInputException} without changing anything.
 * Check-ins themselves are kept outside the goal, in a {@link CheckInHistory}.
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

  /**
   * Returns the goal's progress as far as the goal itself knows it: the reported progress of a
   * manual measure, or the share of milestones reached of a milestone checklist.
   *
   * @return the progress from 0 to 1; empty for a KPI measure or a derived measure, whose progress
   *     needs measurements or the aligned goals
   */
  public OptionalDouble progress() {
    GoalMeasure measure = measure();
    if (measure instanceof GoalMeasure.Manual) {
      return OptionalDouble.of(((GoalMeasure.Manual) measure).progress());
    }
    if (measure instanceof GoalMeasure.Milestones) {
      return OptionalDouble.of(((GoalMeasure.Milestones) measure).progress());
    }
    return OptionalDouble.empty();
  }

  /**
   * Creates a goal: returns it unchanged with the {@link GoalCreated} event that announces it. A new
   * goal starts as a draft; {@link #transitionTo} activates it.
   *
   * @param draft the new goal, in status {@link GoalStatus#DRAFT}
   * @param clock the clock that dates the event
   * @return the goal and one {@link GoalCreated} event
   * @throws InvalidInputException if {@code draft} is not in status {@code DRAFT}
   */
  public static Change<Goal> create(Goal draft, Clock clock) {
    Checks.notNull("goal", draft);
    Checks.notNull("clock", clock);
    Checks.require(draft.status() == GoalStatus.DRAFT, "status", draft.status(), "must be DRAFT for a new goal");
    return Change.of(draft, new GoalCreated(draft, clock.instant()));
  }

  /**
   * Moves the goal to another status along one of the transitions {@link GoalStatus#allowedNext()}
   * lists.
   *
   * @param next the requested status
   * @param clock the clock that dates the event
   * @return the goal in status {@code next} and one {@link GoalStatusChanged} event
   * @throws IllegalTransitionException if the current status may not move to {@code next}
   */
  public Change<Goal> transitionTo(GoalStatus next, Clock clock) {
    Checks.notNull("status", next);
    Checks.notNull("clock", clock);
    GoalStatus from = status();
    from.requireCanMoveTo(next);
    return Change.of(immutable().withStatus(next), new GoalStatusChanged(id(), from, next, clock.instant()));
  }

  /**
   * Changes the goal's weight among its owner's goals. Only a goal that is not closed (a draft or an
   * active goal) may be reweighted; reopen a closed goal first.
   *
   * @param weight the new weight, positive, finite and different from the current one
   * @param clock the clock that dates the event
   * @return the reweighted goal and one {@link GoalReweighted} event
   * @throws InvalidInputException if {@code weight} is not positive and finite or equals the current
   *     weight, or the goal is closed
   */
  public Change<Goal> reweight(double weight, Clock clock) {
    Checks.notNull("clock", clock);
    Checks.positive("weight", weight);
    Checks.require(!status().isClosed(), "status", status(), "must be DRAFT or ACTIVE to reweight the goal");
    Checks.require(weight != weight(), "weight", weight, "must differ from the current weight " + weight());
    return Change.of(immutable().withWeight(weight), new GoalReweighted(id(), weight(), weight, clock.instant()));
  }

  /**
   * Passes an open goal to another owner of the same kind (an employee for an individual goal, a
   * unit otherwise), for example from a leaver to their manager. Progress, check-ins and links
   * stay with the goal.
   *
   * @param owner the new owner
   * @param clock the clock that dates the event
   * @return the change, with a {@link GoalTransferred} event
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the goal is closed, the owner is the current one, or is of the
   *     wrong kind for the goal's level
   */
  public Change<Goal> transferTo(GoalOwner owner, Clock clock) {
    java.util.Objects.requireNonNull(owner, "owner");
    java.util.Objects.requireNonNull(clock, "clock");
    Checks.require(!status().isClosed(), "status", status(), "must be DRAFT or ACTIVE to transfer the goal");
    Checks.require(!owner.equals(owner()), "owner", owner, "must differ from the current owner");
    Goal next = immutable().withOwner(owner);
    return Change.of(next, new GoalTransferred(id(), owner(), owner, clock.instant()));
  }

  /**
   * Marks a milestone of the goal's checklist as reached. The goal must be {@link
   * GoalStatus#ACTIVE} and measured by a milestone checklist.
   *
   * @param index the milestone's position in the checklist, from 0
   * @param clock the clock that dates the event
   * @return the goal with the milestone done and one {@link MilestoneCompleted} event
   * @throws InvalidInputException if the goal is not active, is not measured by milestones, {@code
   *     index} is outside the checklist, or the milestone is done already
   */
  public Change<Goal> completeMilestone(int index, Clock clock) {
    Checks.notNull("clock", clock);
    List<Milestone> milestones = checklist("complete a milestone");
    Checks.inRange("milestoneIndex", index, 0, milestones.size() - 1);
    Milestone milestone = milestones.get(index);
    Checks.require(!milestone.done(), "milestone", milestone.title(), "must not be done already");
    List<Milestone> next = new ArrayList<>(milestones);
    next.set(index, milestone.complete());
    GoalMeasure.Milestones measure = new GoalMeasure.Milestones(next);
    return Change.of(
        immutable().withMeasure(measure),
        new MilestoneCompleted(id(), index, milestone.title(), measure.progress(), clock.instant()));
  }

  /**
   * Marks the first open milestone with the given title as reached; see {@link
   * #completeMilestone(int, Clock)}.
   *
   * @param title the milestone's title
   * @param clock the clock that dates the event
   * @return the goal with the milestone done and one {@link MilestoneCompleted} event
   * @throws UnknownReferenceException if no milestone has the title
   * @throws InvalidInputException if the goal is not active, is not measured by milestones, or every
   *     milestone with the title is done already
   */
  public Change<Goal> completeMilestone(String title, Clock clock) {
    Checks.notNull("milestone", title);
    Checks.notNull("clock", clock);
    List<Milestone> milestones = checklist("complete a milestone");
    int found = -1;
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (milestone.title().equals(title)) {
        if (!milestone.done()) {
          return completeMilestone(i, clock);
        }
        found = i;
      }
    }
    if (found < 0) {
      throw new UnknownReferenceException("milestone", title, "must name a milestone of goal " + id());
    }
    throw new InvalidInputException("milestone", title, "must not be done already");
  }

  /**
   * Records a check-in: the owner's progress, confidence and comment, dated by the clock.
   *
   * <p>Only an {@link GoalStatus#ACTIVE} goal takes check-ins: a draft is not committed to yet, and
   * a closed or cancelled goal is over. For a {@link GoalMeasure.Manual manual} measure the reported
   * progress becomes the measure's progress. For every other measure the goal is unchanged (the
   * change holds this goal): milestones move through {@link #completeMilestone(int, Clock)}, a KPI
   * through its measurements and a derived measure through the roll-up, so the reported progress is
   * kept only in the check-in. Either way the host appends the event's check-in to the goal's {@link
   * CheckInHistory}.
   *
   * @param progress the progress the owner reports, from 0 to 1
   * @param confidence the owner's confidence of reaching the goal, from 0 to 1
   * @param comment an optional comment, not blank when present
   * @param clock the clock that dates the check-in
   * @return the goal and one {@link CheckInRecorded} event
   * @throws InvalidInputException if {@code progress} or {@code confidence} is not a finite number
   *     from 0 to 1, the comment is blank, or the goal is not active
   */
  public Change<Goal> checkIn(double progress, double confidence, Optional<String> comment, Clock clock) {
    Checks.notNull("clock", clock);
    CheckIn checkIn = new CheckIn(id(), clock.instant(), progress, confidence, comment);
    Checks.require(
        status() == GoalStatus.ACTIVE,
        "status",
        status(),
        "must be ACTIVE to record a check-in (a DRAFT goal is not committed to yet; a closed or"
            + " cancelled goal takes no more check-ins)");
    Goal next = measure() instanceof GoalMeasure.Manual ? immutable().withMeasure(GoalMeasure.manual(progress)) : this;
    return Change.of(next, new CheckInRecorded(checkIn));
  }

  private List<Milestone> checklist(String action) {
    Checks.require(status() == GoalStatus.ACTIVE, "status", status(), "must be ACTIVE to " + action);
    Checks.require(
        measure() instanceof GoalMeasure.Milestones, "measure", measure(), "must be a milestone checklist to " + action);
    return ((GoalMeasure.Milestones) measure()).milestones();
  }

  private ImmutableGoal immutable() {
    return (ImmutableGoal) ImmutableGoal.copyOf(this);
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

  /**
   * Builds a {@link Goal}; each attribute may be set once. {@link #from(Goal)} starts from an
   * existing goal, so that a changed copy names only what changes.
   */
  public static final class Builder extends ImmutableGoal.Builder {
    private @Nullable Goal base;

    Builder() {}

    /**
     * Starts from an existing goal: when {@link #build()} runs, every attribute this builder has not
     * set is taken from {@code goal}. So {@code Goal.builder().from(goal).status(GoalStatus.ACTIVE)
     * .build()} is the goal made active, and the attributes may be set before or after this call.
     * The due date is taken from {@code goal} only if it is not the end of {@code goal}'s period
     * (the default), so a copy given a new period without a new due date is due at the new
     * period's end. The copy is checked as every goal is.
     *
     * @param goal the goal to start from
     * @return this builder
     * @throws NullPointerException if {@code goal} is null
     * @throws InvalidInputException if this builder already starts from a goal
     */
    public Builder from(Goal goal) {
      Objects.requireNonNull(goal, "goal");
      if (base != null) {
        throw new InvalidInputException("from", goal.id(), "must be called once; this builder already starts from " + base.id());
      }
      base = goal;
      return this;
    }

    /**
     * Builds the goal, taking every attribute not set from the goal given to {@link #from(Goal)}, if
     * any.
     *
     * @return the goal
     * @throws dev.pillars.core.MissingAttributeException if a required attribute is missing
     * @throws InvalidInputException if the goal breaks one of its rules
     */
    @Override
    public Goal build() {
      Goal b = base;
      if (b != null) {
        unlessSet(() -> id(b.id()));
        unlessSet(() -> title(b.title()));
        unlessSet(() -> description(b.description()));
        unlessSet(() -> owner(b.owner()));
        unlessSet(() -> level(b.level()));
        unlessSet(() -> period(b.period()));
        if (!b.dueDate().equals(b.period().end())) {
          unlessSet(() -> dueDate(b.dueDate()));
        }
        unlessSet(() -> weight(b.weight()));
        unlessSet(() -> status(b.status()));
        unlessSet(() -> measure(b.measure()));
      }
      return super.build();
    }

    /**
     * Runs one setter, unless its attribute is already set: the strict builder's setters then throw
     * {@link IllegalStateException} before changing anything, and the attribute keeps its value.
     */
    private static void unlessSet(Runnable setter) {
      try {
        setter.run();
      } catch (IllegalStateException alreadySet) {
        // set by the caller: the caller's value wins
      }
    }
  }
}
