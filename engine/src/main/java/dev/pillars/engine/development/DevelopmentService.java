package dev.pillars.engine.development;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.DisagreementRule;
import dev.pillars.core.assessment.GapAnalysis;
import dev.pillars.core.assessment.GapReport;
import dev.pillars.core.coaching.CoachingSession;
import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.CompetencyModelId;
import dev.pillars.core.development.ActionId;
import dev.pillars.core.development.ActionStatus;
import dev.pillars.core.development.CompetencyOutcome;
import dev.pillars.core.development.DevelopmentAction;
import dev.pillars.core.development.DevelopmentGoal;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.LeaderDevelopment;
import dev.pillars.core.development.LeadershipView;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Effect;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.engine.internal.Resources;
import dev.pillars.persistence.spi.Repositories;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Development plans and coaching of one tenant, for one actor: create plans, link development
 * goals, add and move actions, record coaching sessions and carry their agreed actions into the
 * plan, follow up, and read a plan's outcomes and the leadership development view. Every method
 * checks access, runs in one unit of work and delivers its events after commit; a method that
 * throws has changed nothing.
 *
 * <pre>{@code
 * DevelopmentService development = pillars.tenant(acme).as(Actor.person(manager)).development();
 * development.recordSession(session);
 * development.carryIntoPlan(session.id(), PlanId.of("plan-ana"));
 * }</pre>
 */
public final class DevelopmentService {
  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.development()}.
   *
   * @param call the call context
   */
  public DevelopmentService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Creates a development plan.
   *
   * @param plan the plan, with an id new to the tenant
   * @return the plan as stored
   * @throws NullPointerException if {@code plan} is null
   * @throws dev.pillars.core.UnknownReferenceException if a development goal names no goal of the tenant
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not plan the person's
   *     development
   */
  public DevelopmentPlan createPlan(DevelopmentPlan plan) {
    requireNonNull(plan, "plan");
    return call.write("create development plan", work -> {
      work.require(Action.PLAN_DEVELOPMENT, ofPlan(plan));
      plan.goals().forEach(g -> requireGoal(work.repositories(), g));
      Change<DevelopmentPlan> change = DevelopmentPlan.create(plan, call.clock());
      work.repositories().developmentPlans().insert(change.value());
      return Outcome.of(change.value(), change, Effect.NONE, key(plan.id()));
    });
  }

  /**
   * Links a development goal, an ordinary goal of the tenant, to a plan.
   *
   * @param plan the plan
   * @param goal the goal and the competency it develops
   * @return the plan as stored
   * @throws dev.pillars.core.UnknownReferenceException if the plan or the goal is unknown
   * @throws dev.pillars.core.InvalidInputException if the plan holds the goal already
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not plan the person's
   *     development
   */
  public DevelopmentPlan linkGoal(PlanId plan, DevelopmentGoal goal) {
    requireNonNull(goal, "goal");
    return change("link development goal", plan, (r, p) -> {
      requireGoal(r, goal);
      return p.link(goal, call.clock());
    });
  }

  /**
   * Adds a planned action to a plan.
   *
   * @param plan the plan
   * @param action the action, planned, its id new to the plan
   * @return the plan as stored
   * @throws dev.pillars.core.UnknownReferenceException if the plan is unknown
   * @throws dev.pillars.core.InvalidInputException if the action is not planned or its id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not plan the person's
   *     development
   */
  public DevelopmentPlan addAction(PlanId plan, DevelopmentAction action) {
    requireNonNull(action, "action");
    return change("add development action", plan, (r, p) -> p.add(action, call.clock()));
  }

  /**
   * Moves an action of a plan to another status.
   *
   * @param plan the plan
   * @param action the action
   * @param next the status to move to
   * @return the plan as stored
   * @throws dev.pillars.core.UnknownReferenceException if the plan is unknown
   * @throws dev.pillars.core.InvalidInputException if the plan has no such action or the move is
   *     not allowed
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not plan the person's
   *     development
   */
  public DevelopmentPlan moveAction(PlanId plan, ActionId action, ActionStatus next) {
    requireNonNull(action, "action");
    requireNonNull(next, "next");
    return change("move development action", plan, (r, p) -> p.move(action, next, call.clock()));
  }

  /**
   * Marks a milestone of an action as reached.
   *
   * @param plan the plan
   * @param action the action
   * @param milestone the milestone's index
   * @return the plan as stored
   * @throws dev.pillars.core.UnknownReferenceException if the plan is unknown
   * @throws dev.pillars.core.InvalidInputException if the action or milestone is not there, or the
   *     action is closed
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not plan the person's
   *     development
   */
  public DevelopmentPlan reachMilestone(PlanId plan, ActionId action, int milestone) {
    requireNonNull(action, "action");
    return change("reach action milestone", plan, (r, p) -> p.reachMilestone(action, milestone, call.clock()));
  }

  /**
   * Returns a plan.
   *
   * @param plan the plan's id
   * @return the plan
   * @throws dev.pillars.core.UnknownReferenceException if the plan is unknown
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see the person's
   *     development
   */
  public DevelopmentPlan plan(PlanId plan) {
    requireNonNull(plan, "plan");
    return call.read(scope -> {
      DevelopmentPlan found = Lookups.existing(scope.repositories().developmentPlans(), plan, "plan").value();
      scope.require(Action.VIEW_DEVELOPMENT, ofPlan(found));
      return found;
    });
  }

  /**
   * Returns a person's plans, in id order.
   *
   * @param employee the person
   * @return the plans
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see the person's
   *     development
   */
  public List<DevelopmentPlan> plans(EmployeeId employee) {
    requireNonNull(employee, "employee");
    return call.read(scope -> {
      scope.require(Action.VIEW_DEVELOPMENT, Lookups.person("development plans of " + employee, employee));
      return Lookups.values(scope.repositories().developmentPlans().streamByEmployee(employee)).stream()
          .sorted(java.util.Comparator.comparing(DevelopmentPlan::id))
          .toList();
    });
  }

  /**
   * Returns each competency a plan targets before and after: the level when its goal was linked
   * and the level the person's assessments give now.
   *
   * @param plan the plan
   * @param model the model whose latest revision reads the assessments
   * @param rule how disagreeing ratings become one level
   * @return one outcome per development goal
   * @throws dev.pillars.core.UnknownReferenceException if the plan or model is unknown
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see the person's
   *     development
   */
  public List<CompetencyOutcome> outcomes(PlanId plan, CompetencyModelId model, DisagreementRule rule) {
    requireNonNull(plan, "plan");
    requireNonNull(model, "model");
    requireNonNull(rule, "rule");
    return call.read(scope -> {
      Repositories r = scope.repositories();
      DevelopmentPlan found = Lookups.existing(r.developmentPlans(), plan, "plan").value();
      scope.require(Action.VIEW_DEVELOPMENT, ofPlan(found));
      GapReport now = GapAnalysis.of(Lookups.latest(r, model), rule).analyse(
          List.of(Lookups.employee(r, found.employee())),
          Lookups.values(r.assessments().streamByEmployee(found.employee())));
      return found.outcomes(now);
    });
  }

  /**
   * Records a coaching session.
   *
   * @param session the session, with an id new to the tenant
   * @return the session as stored
   * @throws NullPointerException if {@code session} is null
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not coach the person
   */
  public CoachingSession recordSession(CoachingSession session) {
    requireNonNull(session, "session");
    return call.write("record coaching session", work -> {
      work.require(Action.COACH, Lookups.person("coaching of " + session.employee(), session.employee()));
      Change<CoachingSession> change = CoachingSession.record(session, call.clock());
      work.repositories().coachingSessions().insert(change.value());
      return Outcome.of(change.value(), change, Effect.NONE, key(session.id()));
    });
  }

  /**
   * Schedules or moves a session's follow-up.
   *
   * @param session the session
   * @param on the day of the follow-up, after the session
   * @return the session as stored
   * @throws dev.pillars.core.UnknownReferenceException if the session is unknown
   * @throws dev.pillars.core.InvalidInputException if the follow-up was held or the day is not after
   *     the session
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not coach the person
   */
  public CoachingSession scheduleFollowUp(CoachingSessionId session, LocalDate on) {
    requireNonNull(on, "on");
    return followUp("schedule follow-up", session, s -> s.scheduleFollowUp(on, call.clock()));
  }

  /**
   * Records that a session's follow-up was held.
   *
   * @param session the session
   * @param notes what the follow-up found
   * @return the session as stored
   * @throws dev.pillars.core.UnknownReferenceException if the session is unknown
   * @throws dev.pillars.core.InvalidInputException if no follow-up is scheduled or it was held
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not coach the person
   */
  public CoachingSession holdFollowUp(CoachingSessionId session, String notes) {
    requireNonNull(notes, "notes");
    return followUp("hold follow-up", session, s -> s.holdFollowUp(notes, call.clock()));
  }

  /**
   * Returns a person's coaching sessions, oldest first.
   *
   * @param employee the person
   * @return the sessions
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see the person's
   *     development
   */
  public List<CoachingSession> sessions(EmployeeId employee) {
    requireNonNull(employee, "employee");
    return call.read(scope -> {
      scope.require(Action.VIEW_DEVELOPMENT, Lookups.person("coaching of " + employee, employee));
      return Lookups.values(scope.repositories().coachingSessions().streamByEmployee(employee)).stream()
          .sorted(java.util.Comparator.comparing(CoachingSession::heldOn).thenComparing(CoachingSession::id))
          .toList();
    });
  }

  /**
   * Carries a session's agreed actions that are not in the person's plan yet into it.
   *
   * @param session the session
   * @param plan the person's plan
   * @return the plan as stored
   * @throws dev.pillars.core.UnknownReferenceException if the session or plan is unknown
   * @throws dev.pillars.core.InvalidInputException if the plan is someone else's or nothing is left
   *     to carry
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not plan the person's
   *     development
   */
  public DevelopmentPlan carryIntoPlan(CoachingSessionId session, PlanId plan) {
    requireNonNull(session, "session");
    return change("carry agreed actions", plan, (r, p) ->
        Lookups.existing(r.coachingSessions(), session, "coaching session").value().carryInto(p, call.clock()));
  }

  /**
   * Returns the leadership development view: for people in or nominated for leading roles, their
   * leadership competency gaps and the plans addressing them.
   *
   * @param model the model, read at its latest revision
   * @param rule how disagreeing ratings become one level
   * @return one entry per leader with a leadership shortfall, largest first
   * @throws dev.pillars.core.UnknownReferenceException if the model is unknown
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see the view
   */
  public List<LeaderDevelopment> leadership(CompetencyModelId model, DisagreementRule rule) {
    requireNonNull(model, "model");
    requireNonNull(rule, "rule");
    return call.read(scope -> {
      scope.require(Action.VIEW_LEADERSHIP, Resource.ofTenant("leadership development"));
      Repositories r = scope.repositories();
      Organisation organisation = r.organisation().snapshot();
      List<SuccessionPlan> succession = Lookups.all(r.successionPlans(), p -> true);
      List<EmployeeId> leaders = LeadershipView.leaders(organisation, succession);
      java.util.Set<EmployeeId> ids = new java.util.HashSet<>(leaders);
      CompetencyModel latest = Lookups.latest(r, model);
      List<Assessment> assessments =
          Lookups.aboutPeople(ids, r.assessments(), r.assessments()::streamByEmployee, Assessment::employee);
      GapReport report = GapAnalysis.of(latest, rule).analyse(
          organisation.employees().stream().filter(e -> ids.contains(e.id())).toList(), assessments);
      return LeadershipView.of(latest, report, leaders, Lookups.aboutPeople(ids, r.developmentPlans(), r.developmentPlans()::streamByEmployee, DevelopmentPlan::employee));
    });
  }

  private DevelopmentPlan change(
      String operation, PlanId plan, BiFunction<Repositories, DevelopmentPlan, Change<DevelopmentPlan>> rule) {
    requireNonNull(plan, "plan");
    return call.write(operation, work -> Lookups.update(work, work.repositories().developmentPlans(), plan, "plan",
        p -> work.require(Action.PLAN_DEVELOPMENT, ofPlan(p)), rule, key(plan)));
  }

  private CoachingSession followUp(
      String operation, CoachingSessionId session, Function<CoachingSession, Change<CoachingSession>> rule) {
    requireNonNull(session, "session");
    return call.write(operation, work -> Lookups.update(work, work.repositories().coachingSessions(), session,
        "coaching session", s -> work.require(Action.COACH, Lookups.person("coaching of " + s.employee(), s.employee())),
        (r, s) -> rule.apply(s), key(session)));
  }

  private static void requireGoal(Repositories repositories, DevelopmentGoal goal) {
    repositories.goals().find(goal.goal()).orElseThrow(() -> Resources.unknownGoal(goal.goal()));
  }

  private static Resource ofPlan(DevelopmentPlan plan) {
    return Lookups.person("development plan " + plan.id(), plan.employee());
  }

  private static String key(PlanId plan) {
    return "development-plan:" + plan.value();
  }

  private static String key(CoachingSessionId session) {
    return "coaching-session:" + session.value();
  }
}
