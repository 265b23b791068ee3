package dev.pillars.engine.development;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.SuccessionPipeline;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.core.succession.UnitPipeline;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Effect;
import dev.pillars.engine.internal.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Succession plans of one tenant, for one actor: create a key position's plan, nominate and
 * withdraw candidates, name emergency cover, read a plan and the pipeline per unit.
 *
 * <p>Who sees what: a plan is visible only to HR (by grant) and the incumbent's managers up the
 * chain; never to the incumbent, and never to a candidate on its slate, whatever else they may
 * see. The pipeline holds only the plans the actor may see. Every write runs in one unit of work
 * and delivers its events after commit; a method that throws has changed nothing.
 */
public final class SuccessionService {
  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.succession()}.
   *
   * @param call the call context
   */
  public SuccessionService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Creates a key position's succession plan.
   *
   * @param plan the plan, for a position the tenant has no plan for yet
   * @return the plan as stored
   * @throws NullPointerException if {@code plan} is null
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the position has a plan
   * @throws AccessDeniedException if the actor may not manage the plan, or is on its slate
   */
  public SuccessionPlan create(SuccessionPlan plan) {
    requireNonNull(plan, "plan");
    return call.write("create succession plan", work -> {
      check(work, Action.MANAGE_SUCCESSION, plan);
      Change<SuccessionPlan> change = SuccessionPlan.create(plan, call.clock());
      work.repositories().successionPlans().insert(change.value());
      return Outcome.of(change.value(), change, Effect.NONE, key(plan.position()));
    });
  }

  /**
   * Puts a candidate on a position's slate, or changes their readiness or gaps.
   *
   * @param position the position
   * @param candidate the candidate
   * @return the plan as stored
   * @throws dev.pillars.core.UnknownReferenceException if the position has no plan
   * @throws dev.pillars.core.InvalidInputException if the candidate is the incumbent
   * @throws AccessDeniedException if the actor may not manage the plan, or is on its slate
   */
  public SuccessionPlan nominate(PositionId position, Candidate candidate) {
    requireNonNull(candidate, "candidate");
    return change("nominate successor", position, p -> p.nominate(candidate, call.clock()));
  }

  /**
   * Takes a candidate off a position's slate.
   *
   * @param position the position
   * @param employee the candidate
   * @return the plan as stored
   * @throws dev.pillars.core.UnknownReferenceException if the position has no plan
   * @throws dev.pillars.core.InvalidInputException if the employee is not on the slate
   * @throws AccessDeniedException if the actor may not manage the plan, or is on its slate
   */
  public SuccessionPlan withdraw(PositionId position, EmployeeId employee) {
    requireNonNull(employee, "employee");
    return change("withdraw successor", position, p -> p.withdraw(employee, call.clock()));
  }

  /**
   * Names who covers a position in an emergency.
   *
   * @param position the position
   * @param cover who covers it
   * @return the plan as stored
   * @throws dev.pillars.core.UnknownReferenceException if the position has no plan
   * @throws dev.pillars.core.InvalidInputException if {@code cover} is the incumbent
   * @throws AccessDeniedException if the actor may not manage the plan, or is on its slate
   */
  public SuccessionPlan coverWith(PositionId position, EmployeeId cover) {
    requireNonNull(cover, "cover");
    return change("name emergency cover", position, p -> p.coverWith(cover, call.clock()));
  }

  /**
   * Returns a position's succession plan.
   *
   * @param position the position
   * @return the plan
   * @throws dev.pillars.core.UnknownReferenceException if the position has no plan
   * @throws AccessDeniedException if the actor may not see the plan, or is on its slate
   */
  public SuccessionPlan plan(PositionId position) {
    requireNonNull(position, "position");
    return call.read(scope -> {
      SuccessionPlan plan = Lookups.existing(scope.repositories().successionPlans(), position, "position").value();
      check(scope, Action.VIEW_SUCCESSION, plan);
      return plan;
    });
  }

  /**
   * Returns the succession pipeline per unit, over the plans the actor may see: in each unit the
   * positions with no ready-now candidate first, and the unit's bench strength.
   *
   * @return one pipeline per unit with a visible key position, in unit id order
   */
  public List<UnitPipeline> pipeline() {
    return call.read(scope -> {
      List<SuccessionPlan> visible = new ArrayList<>();
      for (SuccessionPlan plan : Lookups.all(scope.repositories().successionPlans(), p -> true)) {
        try {
          check(scope, Action.VIEW_SUCCESSION, plan);
          visible.add(plan);
        } catch (AccessDeniedException hidden) {
          // not the actor's to see
        }
      }
      return SuccessionPipeline.byUnit(visible);
    });
  }

  private SuccessionPlan change(String operation, PositionId position, Function<SuccessionPlan, Change<SuccessionPlan>> rule) {
    requireNonNull(position, "position");
    return call.write(operation, work -> Lookups.update(work, work.repositories().successionPlans(), position, "position",
        p -> check(work, Action.MANAGE_SUCCESSION, p), (r, p) -> rule.apply(p), key(position)));
  }

  /** Checks the policy, then that the actor is not on the slate: a candidate never sees it. */
  private void check(Call.Scope scope, Action action, SuccessionPlan plan) {
    Resource resource = resource(plan);
    scope.require(action, resource);
    if (call.actor() instanceof Actor.Person person
        && plan.candidates().stream().anyMatch(c -> c.employee().equals(person.employee()))) {
      throw new AccessDeniedException(call.actor(), action, resource, "a candidate never sees the slate of a position they are nominated for");
    }
  }

  private static Resource resource(SuccessionPlan plan) {
    String what = "succession plan " + plan.position();
    return plan.incumbent().isPresent()
        ? Resource.ofEmployee(what, plan.incumbent().get())
        : Resource.ofUnit(what, plan.unit());
  }

  private static String key(PositionId position) {
    return "succession-plan:" + position.value();
  }
}
