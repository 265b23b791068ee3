package dev.pillars.core.development;

import dev.pillars.core.Checks;
import dev.pillars.core.IllegalTransitionException;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.assessment.CompetencyGap;
import dev.pillars.core.assessment.GapReport;
import dev.pillars.core.event.Change;
import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.value.PillarsStyle;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A person's development plan: development goals linked to competencies, and the actions that
 * serve them.
 *
 * <p>A plan is an immutable value and an aggregate. Its invariants hold for every instance: the
 * title is not blank, development goals name distinct goals, actions have distinct ids. It changes
 * through {@link #create}, {@link #link}, {@link #add}, {@link #move} and {@link #reachMilestone};
 * each returns a {@link Change} with {@link PlanEvent}s and refuses bad input with an {@link
 * InvalidInputException} without changing anything.
 *
 * <p>{@link #progress()} is the mean progress of the actions that are not cancelled, so it never
 * falls when an action is completed or a milestone reached. {@link #outcomes} shows each targeted
 * competency before and after.
 */
@Value.Immutable
@PillarsStyle
public abstract class DevelopmentPlan {
  DevelopmentPlan() {}

  /**
   * Returns the plan's id.
   *
   * @return the id
   */
  public abstract PlanId id();

  /**
   * Returns the person the plan develops.
   *
   * @return the person
   */
  public abstract EmployeeId employee();

  /**
   * Returns the plan's title, such as {@code "Ready for plant leadership"}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the period the plan covers.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Returns the development goals, each an ordinary goal linked to a competency.
   *
   * @return the goals; empty unless set
   */
  public abstract List<DevelopmentGoal> goals();

  /**
   * Returns the actions, in the order they were added.
   *
   * @return the actions; empty unless set
   */
  public abstract List<DevelopmentAction> actions();

  /**
   * Returns a builder; {@code id}, {@code employee}, {@code title} and {@code period} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an action of the plan.
   *
   * @param action the action's id
   * @return the action, or empty if the plan has none with that id
   */
  public Optional<DevelopmentAction> action(ActionId action) {
    Checks.notNull("action", action);
    return actions().stream().filter(a -> a.id().equals(action)).findFirst();
  }

  /**
   * Returns the plan's progress: the mean {@linkplain DevelopmentAction#progress() progress} of the
   * actions that are not cancelled; 0 if there are none.
   *
   * @return the progress in [0, 1]
   */
  public double progress() {
    double sum = 0;
    int counted = 0;
    for (DevelopmentAction a : actions()) {
      if (a.status() != ActionStatus.CANCELLED) {
        sum += a.progress();
        counted++;
      }
    }
    return counted == 0 ? 0 : sum / counted;
  }

  /**
   * Returns the recorded cost of the actions that are not cancelled, per currency.
   *
   * @return the summed minor units by ISO 4217 code, in code order
   */
  public Map<String, Long> costs() {
    Map<String, Long> costs = new TreeMap<>();
    for (DevelopmentAction a : actions()) {
      if (a.status() != ActionStatus.CANCELLED) {
        a.cost().ifPresent(c -> costs.merge(c.currency(), c.minorUnits(), Math::addExact));
      }
    }
    return Map.copyOf(costs);
  }

  /**
   * Returns each targeted competency before and after: the level when its goal was linked, and the
   * level a gap report assesses now.
   *
   * @param now a gap report of the plan's person
   * @return one outcome per development goal, in order
   * @throws NullPointerException if {@code now} is null
   */
  public List<CompetencyOutcome> outcomes(GapReport now) {
    Checks.notNull("now", now);
    List<CompetencyOutcome> outcomes = new ArrayList<>();
    for (DevelopmentGoal g : goals()) {
      Optional<CompetencyGap> gap = now.gap(employee(), g.competency());
      OptionalInt after = gap.isPresent() ? OptionalInt.of(gap.get().assessed()) : OptionalInt.empty();
      outcomes.add(new CompetencyOutcome(g.competency(), g.startLevel(), after, g.targetLevel()));
    }
    return List.copyOf(outcomes);
  }

  /**
   * Creates a plan: returns it unchanged with the {@link PlanCreated} event.
   *
   * @param plan the new plan
   * @param clock the clock that dates the event
   * @return the plan and its event
   * @throws NullPointerException if an argument is null
   */
  public static Change<DevelopmentPlan> create(DevelopmentPlan plan, Clock clock) {
    Checks.notNull("plan", plan);
    return Change.of(plan, new PlanCreated(plan, Checks.notNull("clock", clock).instant()));
  }

  /**
   * Links a development goal to the plan.
   *
   * @param goal the goal and the competency it develops; its goal not yet in the plan
   * @param clock the clock that dates the event
   * @return the plan with the goal and a {@link DevelopmentGoalLinked} event
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the plan already holds that goal
   */
  public Change<DevelopmentPlan> link(DevelopmentGoal goal, Clock clock) {
    Checks.notNull("goal", goal);
    Checks.notNull("clock", clock);
    Checks.require(
        goals().stream().noneMatch(g -> g.goal().equals(goal.goal())), "goal", goal.goal(), "must not be in plan " + id() + " yet");
    List<DevelopmentGoal> goals = new ArrayList<>(goals());
    goals.add(goal);
    return Change.of(immutable().withGoals(goals), new DevelopmentGoalLinked(id(), goal, clock.instant()));
  }

  /**
   * Adds planned actions to the plan, in order.
   *
   * @param actions the actions, at least one, each {@link ActionStatus#PLANNED}, ids new to the
   *     plan and distinct
   * @param clock the clock that dates the events
   * @return the plan with the actions and one {@link ActionAdded} event per action
   * @throws NullPointerException if an argument is or holds null
   * @throws InvalidInputException if there is no action, one is not planned, or an id is taken
   */
  public Change<DevelopmentPlan> add(List<DevelopmentAction> actions, Clock clock) {
    Checks.notNull("actions", actions);
    Checks.notNull("clock", clock);
    Checks.require(!actions.isEmpty(), "actions", actions, "must hold at least one action");
    Set<ActionId> ids = new HashSet<>();
    actions().forEach(a -> ids.add(a.id()));
    List<DevelopmentAction> all = new ArrayList<>(actions());
    List<DomainEvent> events = new ArrayList<>();
    for (DevelopmentAction a : actions) {
      Checks.notNull("actions", a);
      Checks.require(a.status() == ActionStatus.PLANNED, "status", a.status(), "must be PLANNED for a new action");
      Checks.require(ids.add(a.id()), "action", a.id(), "must be an id new to plan " + id());
      all.add(a);
      events.add(new ActionAdded(id(), a, clock.instant()));
    }
    return new Change<>(immutable().withActions(all), events);
  }

  /**
   * Adds one planned action to the plan.
   *
   * @param action the action, {@link ActionStatus#PLANNED}, its id new to the plan
   * @param clock the clock that dates the event
   * @return the plan with the action and an {@link ActionAdded} event
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the action is not planned or its id is taken
   */
  public Change<DevelopmentPlan> add(DevelopmentAction action, Clock clock) {
    return add(List.of(Checks.notNull("action", action)), clock);
  }

  /**
   * Moves an action to another status, as {@link ActionStatus#canMoveTo} allows.
   *
   * @param action the action's id
   * @param next the status to move to
   * @param clock the clock that dates the event
   * @return the plan with the action moved and an {@link ActionStatusChanged} event
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the plan has no such action
   * @throws IllegalTransitionException if the move is not allowed
   */
  public Change<DevelopmentPlan> move(ActionId action, ActionStatus next, Clock clock) {
    Checks.notNull("next", next);
    Checks.notNull("clock", clock);
    DevelopmentAction a = existing(action);
    if (!a.status().canMoveTo(next)) {
      throw new IllegalTransitionException("status", a.status(), next, a.status().successors());
    }
    return Change.of(
        replace(a.movedTo(next)), new ActionStatusChanged(id(), action, a.status(), next, clock.instant()));
  }

  /**
   * Marks one milestone of an open action as reached.
   *
   * @param action the action's id
   * @param milestone the milestone's index in the action's list
   * @param clock the clock that dates the event
   * @return the plan with the milestone reached and an {@link ActionMilestoneReached} event
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the plan has no such action, the action is completed or
   *     cancelled, the index is out of range, or the milestone is reached already
   */
  public Change<DevelopmentPlan> reachMilestone(ActionId action, int milestone, Clock clock) {
    Checks.notNull("clock", clock);
    DevelopmentAction a = existing(action);
    Checks.require(
        a.status() == ActionStatus.PLANNED || a.status() == ActionStatus.IN_PROGRESS,
        "status",
        a.status(),
        "must be PLANNED or IN_PROGRESS to reach a milestone");
    Checks.inRange("milestone", milestone, 0, a.milestones().size() - 1);
    Checks.require(!a.milestones().get(milestone).done(), "milestone", milestone, "must not be reached yet");
    List<Milestone> milestones = new ArrayList<>(a.milestones());
    milestones.set(milestone, milestones.get(milestone).complete());
    return Change.of(
        replace(a.withMilestoneList(milestones)), new ActionMilestoneReached(id(), action, milestone, clock.instant()));
  }

  private DevelopmentAction existing(ActionId action) {
    return action(action).orElseThrow(() -> new InvalidInputException("action", action, "must be an action of plan " + id()));
  }

  private DevelopmentPlan replace(DevelopmentAction changed) {
    List<DevelopmentAction> all = new ArrayList<>(actions());
    all.replaceAll(a -> a.id().equals(changed.id()) ? changed : a);
    return immutable().withActions(all);
  }

  private ImmutableDevelopmentPlan immutable() {
    return (ImmutableDevelopmentPlan) ImmutableDevelopmentPlan.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.notBlank("title", title());
    Set<Object> seen = new HashSet<>();
    goals().forEach(g -> Checks.require(seen.add(g.goal()), "goals", g.goal(), "must not repeat a goal"));
    actions().forEach(a -> Checks.require(seen.add(a.id()), "actions", a.id(), "must not repeat an action id"));
  }

  /** Builds a {@link DevelopmentPlan}; each attribute may be set once. */
  public static final class Builder extends ImmutableDevelopmentPlan.Builder {
    Builder() {}
  }
}
