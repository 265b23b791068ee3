package dev.pillars.engine.goal;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.alignment.GoalAligned;
import dev.pillars.core.alignment.GoalUnaligned;
import dev.pillars.core.event.Change;
import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.CheckInHistory;
import dev.pillars.core.goal.CheckInRecorded;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.GoalTemplate;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.engine.internal.Resources;
import dev.pillars.engine.internal.TenantGraph;
import dev.pillars.engine.internal.Effect;
import dev.pillars.persistence.spi.AlignmentLinkRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The goal workflows of one tenant, for one actor.
 *
 * <p>Every method checks the actor's access (throwing {@link
 * dev.pillars.engine.access.AccessDeniedException}), applies the domain rule of {@link Goal},
 * saves the result with its version in one unit of work, commits, updates the tenant's scores, and
 * then delivers the events. A method that throws has changed nothing. An optimistic conflict with
 * another writer repeats the method on fresh data, up to the engine's {@link
 * dev.pillars.engine.RetryPolicy}.
 *
 * <pre>{@code
 * GoalService goals = pillars.tenant(acme).as(Actor.person(ana)).goals();
 * goals.create(draft);
 * goals.activate(draft.id());
 * goals.checkIn(draft.id(), 0.4, 0.8, Optional.of("Pilot booked"));
 * }</pre>
 */
public final class GoalService {
  /** How many rows a bulk write hands the store at once. */
  private static final int BULK_BATCH = 1_000;

  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.goals()}.
   *
   * @param call the call context
   */
  public GoalService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Creates a goal in status {@link GoalStatus#DRAFT}.
   *
   * @param draft the goal, in status DRAFT, with an id the tenant does not have yet
   * @return the stored goal
   * @throws NullPointerException if {@code draft} is null
   * @throws dev.pillars.core.InvalidInputException if the goal is not a draft
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not edit the owner's
   *     goals
   */
  public Goal create(Goal draft) {
    requireNonNull(draft, "draft");
    return call.write("create goal", work -> {
      work.require(Action.EDIT_GOAL, Resources.ofGoal(draft));
      Change<Goal> change = Goal.create(draft, call.clock());
      work.repositories().goals().insert(change.value());
      return Outcome.of(change.value(), change, Effect.goals(List.of(draft.id())), key(draft.id()));
    });
  }

  /**
   * Moves a draft goal to {@link GoalStatus#ACTIVE}.
   *
   * @param goal the goal
   * @return the goal as stored
   * @throws dev.pillars.core.IllegalTransitionException if the goal is not a draft
   */
  public Goal activate(GoalId goal) {
    return transition(goal, GoalStatus.ACTIVE);
  }

  /**
   * Moves a goal to another status, if its lifecycle allows the move.
   *
   * @param goal the goal
   * @param status the status to move to
   * @return the goal as stored
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.UnknownReferenceException if the tenant has no such goal
   * @throws dev.pillars.core.IllegalTransitionException if the lifecycle forbids the move
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not edit the goal
   */
  public Goal transition(GoalId goal, GoalStatus status) {
    requireNonNull(goal, "goal");
    requireNonNull(status, "status");
    return change("change goal status", goal, Action.EDIT_GOAL, Effect.goals(List.of(goal)),
        g -> g.transitionTo(status, call.clock()));
  }

  /**
   * Gives a goal a new weight.
   *
   * @param goal the goal
   * @param weight the new weight, positive and finite
   * @return the goal as stored
   * @throws dev.pillars.core.InvalidInputException if the weight is not positive and finite, equals
   *     the current one, or the goal is closed
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not edit the goal
   */
  public Goal reweight(GoalId goal, double weight) {
    requireNonNull(goal, "goal");
    return change("reweight goal", goal, Action.EDIT_GOAL, Effect.goals(List.of(goal)), g -> g.reweight(weight, call.clock()));
  }

  /**
   * Records a check-in on an active goal: its progress, the owner's confidence and a comment. A
   * goal with a manual measure takes the progress as its own; the check-in is appended to the
   * goal's log.
   *
   * @param goal the goal
   * @param progress the progress, from 0 to 1
   * @param confidence the confidence, from 0 to 1
   * @param comment an optional comment
   * @return the check-in as recorded
   * @throws dev.pillars.core.InvalidInputException if a value is out of range or the goal is not
   *     active
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not check in on it
   */
  public CheckIn checkIn(GoalId goal, double progress, double confidence, Optional<String> comment) {
    requireNonNull(goal, "goal");
    requireNonNull(comment, "comment");
    return call.write("check in", work -> {
      Versioned<Goal> stored = load(work, goal, Action.CHECK_IN);
      Change<Goal> change = stored.value().checkIn(progress, confidence, comment, call.clock());
      CheckIn checkIn = change.event(CheckInRecorded.class).orElseThrow().checkIn();
      work.repositories().goals().update(change.value(), stored.version());
      work.repositories().checkIns().append(checkIn);
      return Outcome.of(checkIn, change, Effect.goal(goal), key(goal));
    });
  }

  /**
   * Marks a milestone of an active goal's checklist as done.
   *
   * @param goal the goal
   * @param milestone the milestone's title
   * @return the goal as stored
   * @throws dev.pillars.core.UnknownReferenceException if the goal has no such milestone
   * @throws dev.pillars.core.InvalidInputException if it is done already, the goal is not active
   *     or has no checklist
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not check in on it
   */
  public Goal completeMilestone(GoalId goal, String milestone) {
    requireNonNull(milestone, "milestone");
    return change("complete milestone", goal, Action.CHECK_IN, Effect.goal(goal),
        g -> g.completeMilestone(milestone, call.clock()));
  }

  /**
   * Aligns a goal to a parent goal it contributes to, with a weight. The store rejects a link that
   * would close a cycle or whose child's period does not lie inside the parent's.
   *
   * @param child the contributing goal, which the actor may align
   * @param parent the goal it contributes to, which the actor may see
   * @param weight the link's weight, positive and finite
   * @return the link
   * @throws dev.pillars.core.InvalidInputException if the weight is not positive and finite, the
   *     link exists, or it breaks a graph rule
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not align the child
   *     or see the parent
   */
  public AlignmentLink align(GoalId child, GoalId parent, double weight) {
    AlignmentLink link = AlignmentLink.of(requireNonNull(child, "child"), requireNonNull(parent, "parent"), weight);
    return call.write("align goals", work -> {
      load(work, child, Action.ALIGN_GOAL);
      load(work, parent, Action.VIEW_GOAL);
      AlignmentLinkRepository alignment = work.repositories().alignment();
      alignment.add(link, alignment.graphVersion());
      return new Outcome<>(link, List.of(new GoalAligned(link, call.clock().instant())), Effect.links(),
          "alignment");
    });
  }

  /**
   * Removes the link between a goal and a parent goal.
   *
   * @param child the contributing goal, which the actor may align
   * @param parent the goal it contributes to
   * @return the link removed
   * @throws dev.pillars.core.UnknownReferenceException if there is no such link
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not align the child
   */
  public AlignmentLink unalign(GoalId child, GoalId parent) {
    requireNonNull(child, "child");
    requireNonNull(parent, "parent");
    return call.write("unalign goals", work -> {
      load(work, child, Action.ALIGN_GOAL);
      AlignmentLinkRepository alignment = work.repositories().alignment();
      AlignmentLink link = alignment.find(child, parent).orElseThrow(() -> unknownLink(child, parent));
      alignment.remove(child, parent, alignment.graphVersion());
      return new Outcome<>(link, List.of(new GoalUnaligned(link, call.clock().instant())), Effect.links(),
          "alignment");
    });
  }

  /**
   * Moves a goal, with everything aligned under it, from one parent to another in one unit of
   * work: the old link is removed and a new one added. The store rejects a move that would close a
   * cycle or break the period rule, and then nothing changes.
   *
   * @param goal the goal to move, which the actor may align
   * @param from its current parent
   * @param to its new parent, which the actor may see
   * @param weight the new link's weight, positive and finite
   * @return the new link
   * @throws dev.pillars.core.UnknownReferenceException if there is no link from the goal to
   *     {@code from}
   * @throws dev.pillars.core.InvalidInputException if the weight is not positive and finite, or
   *     the new link breaks a graph rule
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not align the goal
   *     or see the new parent
   */
  public AlignmentLink move(GoalId goal, GoalId from, GoalId to, double weight) {
    requireNonNull(from, "from");
    AlignmentLink added = AlignmentLink.of(requireNonNull(goal, "goal"), requireNonNull(to, "to"), weight);
    return call.write("move goal", work -> {
      load(work, goal, Action.ALIGN_GOAL);
      load(work, to, Action.VIEW_GOAL);
      AlignmentLinkRepository alignment = work.repositories().alignment();
      AlignmentLink removed = alignment.find(goal, from).orElseThrow(() -> unknownLink(goal, from));
      long version = alignment.remove(goal, from, alignment.graphVersion());
      alignment.add(added, version);
      var at = call.clock().instant();
      return new Outcome<>(added, List.of(new GoalUnaligned(removed, at), new GoalAligned(added, at)),
          Effect.links(), "alignment");
    });
  }

  /**
   * Gives every person the goals of a template, aligned as the template says. Everything is
   * validated before anything is written: each copy's id and fields, the actor's right to edit
   * each person's goals, that no copy's id is taken, and that each parent exists, may be seen and
   * spans the copy's period. Then the copies are created (in draft) and aligned, all in one unit of
   * work, or in units of work of {@code peoplePerUnitOfWork} people each; a later batch that fails
   * (a conflicting concurrent write) leaves the earlier ones committed, and the report of the
   * exception says so.
   *
   * @param template the goals to give
   * @param people who gets them; no one twice
   * @param peoplePerUnitOfWork how many people's goals each unit of work writes, at least 1; use
   *     {@code people.size()} for one unit of work
   * @return what was written
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if {@code people} is empty or names someone
   *     twice, the batch size is below 1, a copy's id is taken or too long, or a parent is unknown
   *     or does not span a copy's period
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not edit someone's
   *     goals or see a parent
   */
  public Assignment assign(GoalTemplate template, List<EmployeeId> people, int peoplePerUnitOfWork) {
    requireNonNull(template, "template");
    List<EmployeeId> everyone = List.copyOf(requireNonNull(people, "people"));
    Checks.require(!everyone.isEmpty(), "people", everyone, "must name at least one person");
    Checks.require(new HashSet<>(everyone).size() == everyone.size(), "people", everyone.size() + " ids",
        "must not name anyone twice");
    Checks.inRange("peoplePerUnitOfWork", peoplePerUnitOfWork, 1, Integer.MAX_VALUE);
    Map<EmployeeId, List<Goal>> copies = new LinkedHashMap<>();
    for (EmployeeId person : everyone) {
      copies.put(person, template.goalsFor(person));
    }
    call.read(scope -> {
      for (GoalTemplate.Entry entry : template.entries()) {
        entry.parent().ifPresent(parent -> {
          Goal found = load(scope, parent, Action.VIEW_GOAL).value();
          Checks.require(found.period().encloses(entry.prototype().period()), "entries", entry.prototype().id(),
              "must have a period inside its parent " + parent + "'s period " + found.period());
        });
      }
      for (Map.Entry<EmployeeId, List<Goal>> person : copies.entrySet()) {
        for (Goal copy : person.getValue()) {
          scope.require(Action.EDIT_GOAL, Resources.ofGoal(copy));
          if (scope.repositories().goals().find(copy.id()).isPresent()) {
            throw new dev.pillars.core.InvalidInputException(
                "goal", copy.id(), "must not exist yet: template " + template.name() + " was given to "
                    + person.getKey() + " before");
          }
        }
      }
      return copies.size();
    });
    long goals = 0;
    long links = 0;
    int units = 0;
    List<EmployeeId> batch = new ArrayList<>();
    for (int i = 0; i < everyone.size(); i++) {
      batch.add(everyone.get(i));
      if (batch.size() == peoplePerUnitOfWork || i == everyone.size() - 1) {
        long[] written = writeBatch(template, batch, copies);
        goals += written[0];
        links += written[1];
        units++;
        batch = new ArrayList<>();
      }
    }
    return new Assignment(template.name(), everyone.size(), goals, links, units);
  }

  private long[] writeBatch(GoalTemplate template, List<EmployeeId> batch, Map<EmployeeId, List<Goal>> copies) {
    return call.write("assign goal template", work -> {
      List<Goal> goals = new ArrayList<>();
      List<AlignmentLink> links = new ArrayList<>();
      List<DomainEvent> events = new ArrayList<>();
      var at = call.clock().instant();
      for (EmployeeId person : batch) {
        List<Goal> mine = copies.get(person);
        for (int e = 0; e < mine.size(); e++) {
          Change<Goal> created = Goal.create(mine.get(e), call.clock());
          goals.add(created.value());
          events.addAll(created.events());
          GoalTemplate.Entry entry = template.entries().get(e);
          if (entry.parent().isPresent()) {
            AlignmentLink link = AlignmentLink.of(created.value().id(), entry.parent().get(), entry.weight());
            links.add(link);
            events.add(new GoalAligned(link, at));
          }
        }
      }
      work.repositories().goals().insertAll(goals.iterator(), BULK_BATCH);
      AlignmentLinkRepository alignment = work.repositories().alignment();
      if (!links.isEmpty()) {
        alignment.addAll(links.iterator(), BULK_BATCH, alignment.graphVersion());
      }
      return new Outcome<>(new long[] {goals.size(), links.size()}, events,
          Effect.goalsAndLinks(goals.stream().map(Goal::id).toList()),
          "template:" + template.name());
    });
  }

  private static dev.pillars.core.UnknownReferenceException unknownLink(GoalId child, GoalId parent) {
    return new dev.pillars.core.UnknownReferenceException(
        "link", child.value() + " -> " + parent.value(), "must name an alignment link of the tenant");
  }

  /**
   * Returns a goal as stored.
   *
   * @param goal the goal
   * @return the goal, or empty if the tenant has no such goal
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see it
   */
  public Optional<Goal> find(GoalId goal) {
    requireNonNull(goal, "goal");
    return call.read(scope -> {
      Optional<Goal> found = scope.repositories().goals().find(goal).map(Versioned::value);
      found.ifPresent(g -> scope.require(Action.VIEW_GOAL, Resources.ofGoal(g)));
      return found;
    });
  }

  /**
   * Returns the tenant's alignment graph as committed: every goal, as stored, and every link. The
   * actor must be allowed to see every goal in it; otherwise the call is denied naming the first
   * goal it may not see (never a graph with goals silently left out). Reading costs time linear in
   * the tenant's goals and links: it suits reports and exports, not a request per goal.
   *
   * @return the graph
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see one of the goals
   */
  public AlignmentGraph graph() {
    return call.read(scope -> {
      AlignmentGraph graph = TenantGraph.read(scope.repositories());
      for (Goal goal : graph.goals()) {
        scope.require(Action.VIEW_GOAL, Resources.ofGoal(goal));
      }
      return graph;
    });
  }

  /**
   * Returns a goal's check-ins, oldest first.
   *
   * @param goal the goal
   * @return its check-in history
   * @throws dev.pillars.core.UnknownReferenceException if the tenant has no such goal
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see it
   */
  public CheckInHistory checkIns(GoalId goal) {
    requireNonNull(goal, "goal");
    return call.read(scope -> {
      Goal found = scope.repositories().goals().find(goal).map(Versioned::value)
          .orElseThrow(() -> Resources.unknownGoal(goal));
      scope.require(Action.VIEW_GOAL, Resources.ofGoal(found));
      return scope.repositories().checkIns().history(goal);
    });
  }

  private Goal change(String operation, GoalId goal, Action action, Effect effect, GoalRule rule) {
    requireNonNull(goal, "goal");
    return call.write(operation, work -> {
      Versioned<Goal> stored = load(work, goal, action);
      Change<Goal> change = rule.apply(stored.value());
      Versioned<Goal> saved = work.repositories().goals().update(change.value(), stored.version());
      return Outcome.of(saved.value(), change, effect, key(goal));
    });
  }

  /** A goal's domain rule: the goal before, the change after. */
  @FunctionalInterface
  private interface GoalRule {
    Change<Goal> apply(Goal goal);
  }

  private static Versioned<Goal> load(Call.Scope scope, GoalId goal, Action action) {
    Versioned<Goal> stored = scope.repositories().goals().find(goal).orElseThrow(() -> Resources.unknownGoal(goal));
    scope.require(action, Resources.ofGoal(stored.value()));
    return stored;
  }

  private static String key(GoalId goal) {
    return "goal:" + goal.value();
  }
}
