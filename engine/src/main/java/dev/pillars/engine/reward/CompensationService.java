package dev.pillars.engine.reward;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.AllocationRunRecorded;
import dev.pillars.core.reward.BonusCase;
import dev.pillars.core.reward.BonusPlan;
import dev.pillars.core.reward.BonusPlanDefined;
import dev.pillars.core.reward.BonusPlanId;
import dev.pillars.core.reward.MeritMatrix;
import dev.pillars.core.reward.MeritMatrixDefined;
import dev.pillars.core.reward.MeritMatrixId;
import dev.pillars.core.reward.RangeReceipt;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Effect;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.scoring.allocation.PayForPerformance;
import dev.pillars.scoring.allocation.RangeAllocation;
import dev.pillars.scoring.allocation.RangeInput;
import dev.pillars.scoring.allocation.ScenarioComparison;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compensation workflows of one tenant, for one actor: define merit matrices and bonus plans,
 * share a merit or bonus budget out exactly (kept as a run with a receipt per person), compare two
 * scenarios before approval, and read pay. Writes run in one unit of work and deliver their events
 * after commit; a method that throws has changed nothing.
 *
 * <p>Access: managing compensation needs an HR grant with {@link Action#MANAGE_COMPENSATION}
 * across the tenant; one person's receipt ({@link Action#VIEW_PAY}) is seen by the person, their
 * management chain and HR grants with that action covering them.
 *
 * <pre>{@code
 * CompensationService pay = pillars.tenant(acme).as(compensationLead).compensation();
 * pay.defineMatrix(matrix);
 * AllocationRun run = pay.meritRound(AllocationRunId.of("merit-2026"), "2026 merit round", matrix.id(),
 *     Money.of("EUR", 180_000_00), cases);
 * }</pre>
 */
public final class CompensationService {
  private static final Resource COMPENSATION = Resource.ofTenant("compensation");

  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.compensation()}.
   *
   * @param call the call context
   */
  public CompensationService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Defines a merit matrix.
   *
   * @param matrix the matrix, with an id the tenant does not have yet
   * @return the matrix as stored
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage
   *     compensation
   */
  public MeritMatrix defineMatrix(MeritMatrix matrix) {
    requireNonNull(matrix, "matrix");
    return call.write("define merit matrix", work -> {
      work.require(Action.MANAGE_COMPENSATION, COMPENSATION);
      Change<MeritMatrix> change = Change.of(matrix, new MeritMatrixDefined(matrix, call.clock().instant()));
      work.repositories().meritMatrices().insert(matrix);
      return Outcome.of(matrix, change, Effect.NONE, "merit-matrix:" + matrix.id().value());
    });
  }

  /**
   * Defines a bonus plan.
   *
   * @param plan the plan, with an id the tenant does not have yet
   * @return the plan as stored
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage
   *     compensation
   */
  public BonusPlan definePlan(BonusPlan plan) {
    requireNonNull(plan, "plan");
    return call.write("define bonus plan", work -> {
      work.require(Action.MANAGE_COMPENSATION, COMPENSATION);
      Change<BonusPlan> change = Change.of(plan, new BonusPlanDefined(plan, call.clock().instant()));
      work.repositories().bonusPlans().insert(plan);
      return Outcome.of(plan, change, Effect.NONE, "bonus-plan:" + plan.id().value());
    });
  }

  /**
   * Shares a merit budget out on a matrix: each person's range is the cell of their rating and
   * compa-ratio; the run is kept with its receipts.
   *
   * @param id the run's id, new to the tenant
   * @param name what is shared, not blank
   * @param matrix the matrix
   * @param budget the budget, in the salaries' currency
   * @param people the people, each once
   * @return the run as kept
   * @throws UnknownReferenceException if the tenant has no such matrix
   * @throws dev.pillars.core.InvalidInputException if the budget is negative, the population empty,
   *     a rating not of the matrix's scale or a salary in another currency
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage
   *     compensation
   */
  public AllocationRun meritRound(AllocationRunId id, String name, MeritMatrixId matrix, Money budget, List<MeritCase> people) {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(matrix, "matrix");
    requireNonNull(budget, "budget");
    requireNonNull(people, "people");
    Checks.notBlank("name", name);
    return record(id, name, repositories -> merit(find(repositories, matrix), budget, people));
  }

  /**
   * Shares a bonus pool out under a plan: each person's base is their target bonus prorated by the
   * days counted (zero if the plan does not pay them), their range runs from zero through company
   * factor times their rating's multiplier to the cap; the run is kept with its receipts.
   *
   * @param id the run's id, new to the tenant
   * @param name what is shared, not blank
   * @param plan the plan
   * @param budget the pool, in the target bonuses' currency
   * @param people the people, each once
   * @return the run as kept
   * @throws UnknownReferenceException if the tenant has no such plan
   * @throws dev.pillars.core.InvalidInputException if the pool is negative, the population empty or
   *     a case does not fit the plan
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage
   *     compensation
   */
  public AllocationRun bonusPool(AllocationRunId id, String name, BonusPlanId plan, Money budget, List<BonusCase> people) {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(plan, "plan");
    requireNonNull(budget, "budget");
    requireNonNull(people, "people");
    Checks.notBlank("name", name);
    return record(id, name, repositories -> {
      BonusPlan p = repositories.bonusPlans().find(plan).orElseThrow(
          () -> new UnknownReferenceException("plan", plan, "must be a bonus plan of the tenant")).value();
      requireNonNull(people, "people");
      List<RangeInput> inputs = people.stream().map(c -> {
        requireNonNull(c, "people[]");
        budget.sameCurrency(c.employee() + ".targetBonus", c.targetBonus());
        long base = p.award(c).eligible() ? p.proratedTarget(c) : 0;
        return RangeInput.of(c.employee(), c.rating(), base, p.range(c.rating()));
      }).toList();
      return RangeAllocation.allocate(budget, inputs);
    });
  }

  /**
   * Compares two merit scenarios for the same people, before anything is approved: two budgets, two
   * matrices, or both. Nothing is stored and no event is published.
   *
   * @param before the first scenario's matrix
   * @param budgetBefore the first scenario's budget
   * @param after the second scenario's matrix (may be the same)
   * @param budgetAfter the second scenario's budget
   * @param people the people, each once
   * @return who gains and who loses going from the first scenario to the second
   * @throws UnknownReferenceException if a matrix is unknown
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage
   *     compensation
   */
  public ScenarioComparison compareMerit(
      MeritMatrixId before, Money budgetBefore, MeritMatrixId after, Money budgetAfter, List<MeritCase> people) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    requireNonNull(budgetBefore, "budgetBefore");
    requireNonNull(budgetAfter, "budgetAfter");
    requireNonNull(people, "people");
    return call.read(scope -> {
      scope.require(Action.MANAGE_COMPENSATION, COMPENSATION);
      Repositories r = scope.repositories();
      return ScenarioComparison.of(merit(find(r, before), budgetBefore, people), merit(find(r, after), budgetAfter, people));
    });
  }

  /**
   * Returns a kept run with every receipt.
   *
   * @param run the run's id
   * @return the run
   * @throws UnknownReferenceException if the tenant has no such run
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage
   *     compensation
   */
  public AllocationRun run(AllocationRunId run) {
    requireNonNull(run, "run");
    return call.read(scope -> {
      scope.require(Action.MANAGE_COMPENSATION, COMPENSATION);
      return findRun(scope.repositories(), run);
    });
  }

  /**
   * Returns one person's receipt in a run.
   *
   * @param run the run's id
   * @param employee the person
   * @return the receipt, or empty if the run does not cover the person
   * @throws UnknownReferenceException if the tenant has no such run
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see the person's
   *     pay
   */
  public Optional<RangeReceipt> receipt(AllocationRunId run, EmployeeId employee) {
    requireNonNull(run, "run");
    requireNonNull(employee, "employee");
    return call.read(scope -> {
      scope.require(Action.VIEW_PAY, Resource.ofEmployee("pay of " + employee, employee));
      return findRun(scope.repositories(), run).receipts().stream().filter(r -> r.recipient().equals(employee)).findFirst();
    });
  }

  /**
   * Returns how far a kept run's awards follow performance: the correlation of ratings and award
   * percentages, and the spread per rating level for everyone and per org unit.
   *
   * @param run the run's id
   * @return the report
   * @throws UnknownReferenceException if the tenant has no such run
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage
   *     compensation
   */
  public PayForPerformance payForPerformance(AllocationRunId run) {
    requireNonNull(run, "run");
    return call.read(scope -> {
      scope.require(Action.MANAGE_COMPENSATION, COMPENSATION);
      AllocationRun kept = findRun(scope.repositories(), run);
      Map<EmployeeId, OrgUnitId> units = new HashMap<>();
      for (Employee e : scope.repositories().organisation().snapshot().employees()) {
        units.put(e.id(), e.unit());
      }
      return PayForPerformance.of(kept, units);
    });
  }

  private AllocationRun record(AllocationRunId id, String name, java.util.function.Function<Repositories, RangeAllocation> share) {
    return call.write("share " + name, work -> {
      work.require(Action.MANAGE_COMPENSATION, COMPENSATION);
      AllocationRun run = share.apply(work.repositories()).toRun(id, name);
      Change<AllocationRun> change = AllocationRunRecorded.of(run, call.clock());
      work.repositories().allocationRuns().insert(run);
      return Outcome.of(run, change, Effect.NONE, "allocation-run:" + id.value());
    });
  }

  private static RangeAllocation merit(MeritMatrix matrix, Money budget, List<MeritCase> people) {
    requireNonNull(budget, "budget");
    requireNonNull(people, "people");
    List<RangeInput> inputs = people.stream().map(c -> {
      requireNonNull(c, "people[]");
      budget.sameCurrency(c.employee() + ".salary", c.salary());
      return RangeInput.of(c.employee(), c.rating(), c.salary().minor(),
          matrix.range(c.rating(), c.salary().minor(), c.midpoint().minor()));
    }).toList();
    return RangeAllocation.allocate(budget, inputs);
  }

  private static MeritMatrix find(Repositories repositories, MeritMatrixId matrix) {
    return repositories.meritMatrices().find(matrix).orElseThrow(
        () -> new UnknownReferenceException("matrix", matrix, "must be a merit matrix of the tenant")).value();
  }

  private static AllocationRun findRun(Repositories repositories, AllocationRunId run) {
    return repositories.allocationRuns().find(run).orElseThrow(
        () -> new UnknownReferenceException("run", run, "must be an allocation run of the tenant")).value();
  }
}
