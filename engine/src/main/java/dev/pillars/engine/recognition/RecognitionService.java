package dev.pillars.engine.recognition;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.Period;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetId;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionId;
import dev.pillars.core.recognition.RecognitionReach;
import dev.pillars.core.recognition.UnitReach;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Effect;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The recognition workflows of one tenant, for one actor: allot points budgets, give and withdraw
 * recognitions, read them as their visibility allows, and report recognition reach.
 *
 * <p>Every write checks the actor's access (throwing {@link
 * dev.pillars.engine.access.AccessDeniedException}), applies the domain rule of {@link Recognition}
 * and {@link PointsBudget}, saves the results with their versions in one unit of work, commits,
 * then delivers the events. A method that throws has changed nothing. An award spends the giver's
 * budget in the same unit of work as the recognition, with the budget's version: two awards racing
 * for the last points cannot both commit, and the loser is repeated on fresh data (and then
 * refused if the points are gone), up to the engine's {@link dev.pillars.engine.RetryPolicy}.
 *
 * <pre>{@code
 * RecognitionService recognition = pillars.tenant(acme).as(Actor.person(ana)).recognition();
 * recognition.give(Recognition.builder().id(RecognitionId.of("r-1")).giver(ana).addReceivers(ben)
 *     .value(CompanyValueId.of("safety")).message("Thanks for stopping the line")
 *     .visibility(Visibility.PUBLIC).pointsEach(20).givenOn(today).build());
 * }</pre>
 */
public final class RecognitionService {
  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.recognition()}.
   *
   * @param call the call context
   */
  public RecognitionService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Allots a giver a points budget for a period.
   *
   * @param budget the budget, with an id the tenant does not have yet and nothing spent
   * @return the budget as stored
   * @throws NullPointerException if {@code budget} is null
   * @throws dev.pillars.core.InvalidInputException if points are spent already, or another budget
   *     of the giver overlaps the period
   * @throws UnknownReferenceException if the giver is not an employee of the tenant
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not allot budgets to
   *     the giver
   */
  public PointsBudget allot(PointsBudget budget) {
    requireNonNull(budget, "budget");
    return call.write("allot points budget", work -> {
      work.require(Action.ALLOT_POINTS_BUDGET, budgetResource(budget));
      Checks.require(budget.spent() == 0, "spent", budget.spent(), "must be 0 for a new budget");
      requireEmployee(work.repositories(), "giver", budget.giver());
      for (Versioned<PointsBudget> other : budgetsOf(work.repositories(), budget.giver())) {
        Checks.require(
            !other.value().period().overlaps(budget.period()),
            "period",
            budget.period(),
            "must not overlap budget " + other.value().id() + " of " + budget.giver() + " for " + other.value().period());
      }
      Change<PointsBudget> change = PointsBudget.allot(budget, call.clock());
      work.repositories().pointsBudgets().insert(change.value());
      return Outcome.of(change.value(), change, Effect.NONE, budgetKey(budget.id()));
    });
  }

  /**
   * Gives a recognition in the actor's name; its points, if any, are spent from the giver's budget
   * whose period holds the day it is given on.
   *
   * @param recognition the recognition, given on a day not after the engine's clock's day, naming
   *     receivers who are employees of the tenant
   * @return the recognition as stored
   * @throws NullPointerException if {@code recognition} is null
   * @throws dev.pillars.core.InvalidInputException if it is withdrawn already or dated after today,
   *     or awards points the giver has no budget for or more points than the budget has left
   * @throws UnknownReferenceException if the giver or a receiver is not an employee of the tenant
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not give in the
   *     giver's name
   */
  public Recognition give(Recognition recognition) {
    requireNonNull(recognition, "recognition");
    return call.write("give recognition", work -> {
      work.require(Action.GIVE_RECOGNITION, giverResource(recognition));
      LocalDate today = LocalDate.now(call.clock());
      Checks.require(!recognition.givenOn().isAfter(today), "givenOn", recognition.givenOn(), "must not be after today " + today);
      Repositories repositories = work.repositories();
      requireEmployee(repositories, "giver", recognition.giver());
      recognition.receivers().forEach(receiver -> requireEmployee(repositories, "receivers", receiver));
      Change<Recognition> given = Recognition.give(recognition, call.clock());
      List<DomainEvent> events = new ArrayList<>(given.events());
      if (recognition.totalPoints() > 0) {
        Versioned<PointsBudget> budget = covering(repositories, recognition.giver(), recognition.givenOn())
            .orElseThrow(() -> new dev.pillars.core.InvalidInputException(
                "pointsEach", recognition.pointsEach(),
                "needs a points budget of " + recognition.giver() + " covering " + recognition.givenOn()));
        Change<PointsBudget> spent = budget.value().spend(recognition.id(), recognition.totalPoints(), call.clock());
        repositories.pointsBudgets().update(spent.value(), budget.version());
        events.addAll(spent.events());
      }
      repositories.recognitions().insert(recognition);
      return new Outcome<>(recognition, events, Effect.NONE, giverKey(recognition.giver()));
    });
  }

  /**
   * Withdraws a recognition the actor gave; its points go back to the budget they were spent from,
   * if it is still there.
   *
   * @param id the recognition
   * @return the withdrawn recognition
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownReferenceException if the tenant has no such recognition
   * @throws dev.pillars.core.InvalidInputException if it is withdrawn already
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not withdraw it
   */
  public Recognition withdraw(RecognitionId id) {
    requireNonNull(id, "id");
    return call.write("withdraw recognition", work -> {
      Repositories repositories = work.repositories();
      Versioned<Recognition> stored = repositories.recognitions().find(id).orElseThrow(() -> unknown(id));
      Recognition recognition = stored.value();
      work.require(Action.WITHDRAW_RECOGNITION, giverResource(recognition));
      Change<Recognition> withdrawn = recognition.withdraw(call.clock());
      repositories.recognitions().update(withdrawn.value(), stored.version());
      List<DomainEvent> events = new ArrayList<>(withdrawn.events());
      Optional<Versioned<PointsBudget>> budget = recognition.totalPoints() > 0
          ? covering(repositories, recognition.giver(), recognition.givenOn())
          : Optional.empty();
      if (budget.isPresent() && budget.get().value().spent() >= recognition.totalPoints()) {
        Change<PointsBudget> refunded = budget.get().value().refund(id, recognition.totalPoints(), call.clock());
        repositories.pointsBudgets().update(refunded.value(), budget.get().version());
        events.addAll(refunded.events());
      }
      return new Outcome<>(withdrawn.value(), events, Effect.NONE, giverKey(recognition.giver()));
    });
  }

  /**
   * Returns a recognition, if its visibility lets the actor read it.
   *
   * @param id the recognition
   * @return the recognition
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownReferenceException if the tenant has no such recognition
   * @throws dev.pillars.engine.access.AccessDeniedException if its visibility does not let the
   *     actor read it
   */
  public Recognition recognition(RecognitionId id) {
    requireNonNull(id, "id");
    return call.read(scope -> {
      Recognition recognition = scope.repositories().recognitions().find(id).map(Versioned::value).orElseThrow(() -> unknown(id));
      Readers.require(scope, recognition);
      return recognition;
    });
  }

  /**
   * Returns the standing recognitions an employee received that the actor may read, oldest first.
   *
   * @param receiver the employee
   * @return the recognitions, by day given and then id; withdrawn ones left out
   * @throws NullPointerException if {@code receiver} is null
   */
  public List<Recognition> receivedBy(EmployeeId receiver) {
    requireNonNull(receiver, "receiver");
    return call.read(scope -> {
      try (Stream<Versioned<Recognition>> named = scope.repositories().recognitions().streamNaming(receiver)) {
        return named
            .map(Versioned::value)
            .filter(r -> r.isActive() && r.receivers().contains(receiver) && Readers.allowed(scope, r))
            .sorted(Comparator.comparing(Recognition::givenOn).thenComparing(Recognition::id))
            .collect(Collectors.toList());
      }
    });
  }

  /**
   * Returns a points budget.
   *
   * @param id the budget
   * @return the budget
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownReferenceException if the tenant has no such budget
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see the giver's
   *     budgets
   */
  public PointsBudget budget(PointsBudgetId id) {
    requireNonNull(id, "id");
    return call.read(scope -> {
      PointsBudget budget = scope.repositories().pointsBudgets().find(id).map(Versioned::value)
          .orElseThrow(() -> new UnknownReferenceException("budget", id, "must name a points budget of the tenant"));
      scope.require(Action.VIEW_POINTS_BUDGET, budgetResource(budget));
      return budget;
    });
  }

  /**
   * Returns the recognition reach of the whole tenant over a period, with every unit's.
   *
   * @param period the period
   * @return the reach
   * @throws NullPointerException if {@code period} is null
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read the tenant's
   *     recognition reach
   */
  public RecognitionReach reach(Period period) {
    requireNonNull(period, "period");
    return call.read(scope -> {
      scope.require(Action.VIEW_RECOGNITION_REACH, Resource.ofTenant("recognition reach"));
      return reachOf(scope.repositories(), period);
    });
  }

  /**
   * Returns the recognition reach of one unit, with its sub-units, over a period.
   *
   * @param unit the unit
   * @param period the period
   * @return the unit's reach
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such unit
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read the unit's
   *     recognition reach
   */
  public UnitReach reach(OrgUnitId unit, Period period) {
    requireNonNull(unit, "unit");
    requireNonNull(period, "period");
    return call.read(scope -> {
      scope.require(Action.VIEW_RECOGNITION_REACH, Resource.ofUnit("recognition reach of unit " + unit.value(), unit));
      return reachOf(scope.repositories(), period).unit(unit);
    });
  }

  private static RecognitionReach reachOf(Repositories repositories, Period period) {
    Organisation organisation = repositories.organisation().snapshot();
    try (Stream<Versioned<Recognition>> given = repositories.recognitions().streamGivenIn(period)) {
      return RecognitionReach.of(organisation, period, given.map(Versioned::value)::iterator);
    }
  }

  private static Optional<Versioned<PointsBudget>> covering(Repositories repositories, EmployeeId giver, LocalDate day) {
    return budgetsOf(repositories, giver).stream()
        .filter(budget -> budget.value().covers(day))
        .min(Comparator.comparing(budget -> budget.value().id()));
  }

  private static List<Versioned<PointsBudget>> budgetsOf(Repositories repositories, EmployeeId giver) {
    try (Stream<Versioned<PointsBudget>> budgets = repositories.pointsBudgets().streamByGiver(giver)) {
      return budgets.collect(Collectors.toList());
    }
  }

  private static void requireEmployee(Repositories repositories, String field, EmployeeId employee) {
    if (repositories.employees().find(employee).isEmpty()) {
      throw new UnknownReferenceException(field, employee, "must name an employee of the tenant");
    }
  }

  private static Resource giverResource(Recognition recognition) {
    return Resource.ofEmployee("recognition " + recognition.id().value(), recognition.giver());
  }

  private static Resource budgetResource(PointsBudget budget) {
    return Resource.ofEmployee("points budget " + budget.id().value(), budget.giver());
  }

  private static UnknownReferenceException unknown(RecognitionId id) {
    return new UnknownReferenceException("recognition", id, "must name a recognition of the tenant");
  }

  /** Awards of one giver deliver their events in commit order: their budget is one. */
  private static String giverKey(EmployeeId giver) {
    return "recognition-giver:" + giver.value();
  }

  private static String budgetKey(PointsBudgetId id) {
    return "points-budget:" + id.value();
  }
}
