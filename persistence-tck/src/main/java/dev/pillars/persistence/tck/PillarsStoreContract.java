package dev.pillars.persistence.tck;

import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.BonusPlan;
import dev.pillars.core.reward.BonusPlanId;
import dev.pillars.core.reward.MeritMatrix;
import dev.pillars.core.reward.MeritMatrixId;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.PlanId;
import static dev.pillars.persistence.tck.TckData.committedGoal;
import static dev.pillars.persistence.tck.TckData.kpiId;
import static dev.pillars.persistence.tck.TckData.unitId;
import static dev.pillars.persistence.tck.TckGoals.employee;
import static dev.pillars.persistence.tck.TckGoals.goal;
import static dev.pillars.persistence.tck.TckGoals.id;
import static dev.pillars.persistence.tck.TckGoals.individual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetId;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionId;
import dev.pillars.persistence.spi.AggregateRepository;
import dev.pillars.persistence.spi.EmployeeRepository;
import dev.pillars.persistence.spi.GoalRepository;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The whole contract of a persistence SPI implementation. A store extends this class in its test
 * sources with the one method {@link #createStore()} and runs it with JUnit 5; see the package
 * documentation for the few lines it takes.
 *
 * <p>Groups: one {@link AggregateRepositoryContract} per versioned aggregate (goals, employees,
 * units, KPI definitions: versions, stale writes, bad arguments, bulk inserts, streams, tenant
 * isolation and the model-based properties) with its own queries; the organisation snapshot; the
 * alignment graph, the measurement log, the check-in log and the outbox, each with its own
 * model-based property over two tenants; the commit counter; then units of work spanning every repository ({@link UnitOfWorkContract}),
 * concurrency ({@link ConcurrencyContract}), personal data ({@link PersonalDataContract}) and
 * tenants ({@link TenantsContract}). This class only wires them: each group is a {@code @Nested}
 * class with no code of its own, which is handed this kit before each test (see {@link
 * TenantContract}); an aggregate's group gives its {@link AggregateRepositoryContract} its
 * repository, ids and aggregates in one constructor line. The whole kit runs in well under a minute
 * against the in-memory store on two cores.
 *
 * <p>A store whose every statement is a round trip to a server may run the kit's heavy tests (the
 * generated runs of the model-based properties, the commits of the concurrency tests) at a lighter
 * {@link #scale()}; every test still runs on every store.
 */
public abstract class PillarsStoreContract {
  private final String run = "tck-" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger tenants = new AtomicInteger();
  private @Nullable PillarsStore current;

  /** Creates the contract; a subclass supplies {@link #createStore()}. */
  protected PillarsStoreContract() {}

  /**
   * Creates the store under test. Called before every test; it may return a fresh store each time
   * or the same one, since every test uses tenants of its own with random names.
   *
   * @return the store
   */
  protected abstract PillarsStore createStore();

  /**
   * Returns the size at which this store runs the kit's heavy tests: the number of generated runs
   * of each model-based property and of commits in the concurrency tests are their full size times
   * this factor, rounded up. The default, 1, runs them at full size, as the in-memory store and H2
   * do; a store on a database server may lower it to keep its test run short, since each run and
   * commit is a round trip and the rules they check are the same at any size.
   *
   * @return a factor from 0.05 to 1
   */
  protected double scale() {
    return 1;
  }

  @BeforeEach
  final void createCurrentStore() {
    current = createStore();
  }

  /** Returns {@link #scale()}, checked to lie between 0.05 and 1. */
  final double checkedScale() {
    return Checks.inRange("scale", scale(), 0.05, 1);
  }

  /**
   * Returns the store of the running test.
   *
   * @return the store {@link #createStore()} returned for this test
   */
  protected final PillarsStore store() {
    PillarsStore store = current;
    if (store == null) {
      throw new IllegalStateException("createStore() has not been called yet");
    }
    return store;
  }

  /**
   * Returns a tenant store of a tenant no test has used.
   *
   * @return a tenant with no data
   */
  protected final TenantStore newTenant() {
    return store().forTenant(TenantId.of(run + "-" + tenants.incrementAndGet()));
  }

  /** The goals of one tenant: the generic repository contract plus the goal queries. */
  @Nested
  @DisplayName("Goals")
  class Goals extends AggregateRepositoryContract<GoalId, Goal> {
    Goals() {
      super(Repositories::goals, TckGoals::id, TckGoals::goal);
    }

    @Override
    protected boolean heavyConcurrency() {
      return true;
    }

    private List<Versioned<Goal>> byOwner(GoalRepository goals, GoalOwner owner) {
      try (Stream<Versioned<Goal>> stream = goals.streamByOwner(owner)) {
        return stream.collect(Collectors.toList());
      }
    }

    @Test
    @DisplayName("streaming by owner returns exactly that owner's goals with their versions")
    void streamByOwner() {
      TenantStore tenant = newTenant();
      GoalOwner alice = GoalOwner.employee(employee(0));
      GoalOwner plant = GoalOwner.unit(OrgUnitId.of("plant-0"));
      tenant.runInTransaction(
          work -> {
            work.goals().insert(TckGoals.owned(id(0), 0, alice, GoalLevel.INDIVIDUAL));
            work.goals().insert(TckGoals.owned(id(1), 1, alice, GoalLevel.INDIVIDUAL));
            work.goals().insert(TckGoals.owned(id(2), 2, plant, GoalLevel.UNIT));
            work.goals().insert(individual(3, 3, employee(1)));
          });
      tenant.runInTransaction(work -> work.goals().update(TckGoals.owned(id(1), 5, alice, GoalLevel.INDIVIDUAL), 1));

      assertThat(byOwner(tenant.goals(), alice))
          .containsExactlyInAnyOrder(committedGoal(tenant, id(0)), committedGoal(tenant, id(1)));
      assertThat(byOwner(tenant.goals(), plant)).containsExactly(committedGoal(tenant, id(2)));
      assertThat(byOwner(tenant.goals(), GoalOwner.employee(employee(2)))).isEmpty();
      assertThat(byOwner(newTenant().goals(), alice)).isEmpty();
    }

    @Test
    @DisplayName("streaming by owner inside a unit of work sees its own writes")
    void streamByOwnerSeesOwnWrites() {
      TenantStore tenant = newTenant();
      GoalOwner alice = GoalOwner.employee(employee(0));
      tenant.runInTransaction(work -> work.goals().insert(individual(0, 0, employee(0))));
      try (UnitOfWork work = tenant.begin()) {
        Versioned<Goal> added = work.goals().insert(individual(1, 1, employee(0)));
        work.goals().update(individual(0, 2, employee(1)), 1);
        assertThat(byOwner(work.goals(), alice)).containsExactly(added);
        assertThat(byOwner(tenant.goals(), alice)).containsExactly(committedGoal(tenant, id(0)));
      }
    }

    @Test
    @DisplayName("streaming by a null owner fails with NullPointerException")
    void streamByNullOwnerFails() {
      GoalOwner nobody = null;
      assertThatThrownBy(() -> newTenant().goals().streamByOwner(nobody))
          .isInstanceOf(NullPointerException.class);
    }
  }

  /** The employee records of one tenant: the generic repository contract plus their queries. */
  @Nested
  @DisplayName("Employees")
  class Employees extends AggregateRepositoryContract<EmployeeId, Employee> {
    Employees() {
      super(Repositories::employees, TckGoals::employee, TckData::employee);
    }

    private List<EmployeeId> byManager(EmployeeRepository employees, EmployeeId manager) {
      try (Stream<Versioned<Employee>> stream = employees.streamByManager(manager)) {
        return stream.map(v -> v.value().id()).collect(Collectors.toList());
      }
    }

    private List<EmployeeId> byUnit(EmployeeRepository employees, OrgUnitId unit) {
      try (Stream<Versioned<Employee>> stream = employees.streamByUnit(unit)) {
        return stream.map(v -> v.value().id()).collect(Collectors.toList());
      }
    }

    @Test
    @DisplayName("streaming by manager and by unit returns exactly those employees, inside a unit of work with its own writes")
    void streamByManagerAndUnit() {
      TenantStore tenant = newTenant();
      tenant.runInTransaction(
          work -> {
            work.employees().insert(TckData.employee(id(0), 0, Optional.empty(), unitId(0)));
            work.employees().insert(TckData.employee(id(1), 1, Optional.of(id(0)), unitId(1)));
            work.employees().insert(TckData.employee(id(2), 2, Optional.of(id(0)), unitId(0)));
            work.employees().insert(TckData.employee(id(3), 3, Optional.of(id(1)), unitId(1)));
          });
      assertThat(byManager(tenant.employees(), id(0))).containsExactlyInAnyOrder(id(1), id(2));
      assertThat(byManager(tenant.employees(), id(3))).isEmpty();
      assertThat(byUnit(tenant.employees(), unitId(1))).containsExactlyInAnyOrder(id(1), id(3));
      assertThat(byUnit(tenant.employees(), unitId(9))).isEmpty();
      assertThat(byManager(newTenant().employees(), id(0))).isEmpty();
      try (UnitOfWork work = tenant.begin()) {
        work.employees().update(TckData.employee(id(3), 3, Optional.of(id(0)), unitId(0)), 1);
        work.employees().delete(id(2), 1);
        assertThat(byManager(work.employees(), id(0))).containsExactlyInAnyOrder(id(1), id(3));
        assertThat(byUnit(work.employees(), unitId(0))).containsExactlyInAnyOrder(id(0), id(3));
        assertThat(byManager(tenant.employees(), id(0))).containsExactlyInAnyOrder(id(1), id(2));
      }
    }

    @Test
    @DisplayName("streaming by a null manager or unit fails with NullPointerException")
    void nullQueriesFail() {
      EmployeeId nobody = null;
      OrgUnitId nowhere = null;
      assertThatThrownBy(() -> newTenant().employees().streamByManager(nobody)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> newTenant().employees().streamByUnit(nowhere)).isInstanceOf(NullPointerException.class);
    }
  }

  /** The organisational units of one tenant. */
  @Nested
  @DisplayName("Organisational units")
  class OrgUnits extends AggregateRepositoryContract<OrgUnitId, OrgUnit> {
    OrgUnits() {
      super(Repositories::orgUnits, TckData::unitId, TckData::unit);
    }
  }

  /** The organisation snapshot. */
  @Nested
  @DisplayName("Organisation")
  class OrganisationSnapshot extends OrganisationContract {}

  /** The KPI definitions of one tenant. */
  @Nested
  @DisplayName("KPI definitions")
  class KpiDefinitions extends AggregateRepositoryContract<KpiId, KpiDefinition> {
    KpiDefinitions() {
      super(Repositories::kpiDefinitions, TckData::kpiId, TckData::kpi);
    }
  }

  /** The alignment graph. */
  @Nested
  @DisplayName("Alignment links")
  class Alignment extends AlignmentContract {}

  /** The measurement log. */
  @Nested
  @DisplayName("Measurements")
  class Measurements extends MeasurementLogContract {}

  /** The check-in log. */
  @Nested
  @DisplayName("Check-ins")
  class CheckIns extends CheckInLogContract {}

  /** The tenant's commit counter. */
  @Nested
  @DisplayName("Commit counter")
  class CommitCounter extends CommitCounterContract {}

  /** The transactional outbox. */
  @Nested
  @DisplayName("Outbox")
  class Outbox extends OutboxContract {}

  /** Units of work. */
  @Nested
  @DisplayName("Units of work")
  class UnitsOfWork extends UnitOfWorkContract {}

  /** Many threads writing at once. */
  @Nested
  @DisplayName("Concurrency")
  class Concurrency extends ConcurrencyContract {}

  /** Export and erasure of one employee's data. */
  @Nested
  @DisplayName("Personal data")
  class PersonalData extends PersonalDataContract {}

  /** Tenant stores themselves. */
  @Nested
  @DisplayName("Tenants")
  class Tenants extends TenantsContract {}

  /** Streams of a unit of work that outlive it. */
  @Nested
  @DisplayName("Stream lifetime")
  class StreamLifetime extends StreamLifetimeContract {}

  /** Text and numbers that every store gives back exactly. */
  @Nested
  @DisplayName("Storable values")
  class StorableValues extends StorableValuesContract {}

  /** Erasure against units of work that write data naming the erased employee at the same time. */
  @Nested
  @DisplayName("Late commits and erasure")
  class LateCommitErasure extends LateCommitErasureContract {}

  /** Units of work nested on one thread. */
  @Nested
  @DisplayName("Nested units of work")
  class NestedUnitsOfWork extends NestedUnitOfWorkContract {}

  /** Deep alignment chains added in bulk. */
  @Nested
  @DisplayName("Deep chains")
  class DeepChains extends DeepChainContract {}

  /** The recognitions of one tenant. */
  @Nested
  @DisplayName("Recognitions")
  class Recognitions extends AggregateRepositoryContract<RecognitionId, Recognition> {
    Recognitions() {
      super(Repositories::recognitions, TckRecognitions::id, TckRecognitions::recognition);
    }
  }

  /** The recognition points budgets of one tenant. */
  @Nested
  @DisplayName("Points budgets")
  class PointsBudgets extends AggregateRepositoryContract<PointsBudgetId, PointsBudget> {
    PointsBudgets() {
      super(Repositories::pointsBudgets, TckRecognitions::budgetId, TckRecognitions::budget);
    }
  }

  /** Recognition queries, budgets that racing awards cannot overspend, and erasure. */
  @Nested
  @DisplayName("Recognition and points budgets")
  class RecognitionRules extends RecognitionContract {}

  /** The review templates of one tenant. */
  @Nested
  @DisplayName("Review templates")
  class ReviewTemplates extends ReviewTemplateContract {}

  /** The review cycles of one tenant, with the query by template. */
  @Nested
  @DisplayName("Review cycles")
  class ReviewCycles extends ReviewCycleContract {}

  /** The reviews of one tenant: snapshots, amendment history and their queries. */
  @Nested
  @DisplayName("Reviews")
  class Reviews extends ReviewContract {}

  /** The merit matrices of one tenant. */
  @Nested
  @DisplayName("Merit matrices")
  class MeritMatrices extends AggregateRepositoryContract<MeritMatrixId, MeritMatrix> {
    MeritMatrices() {
      super(Repositories::meritMatrices, n -> MeritMatrixId.of("matrix-" + n), TckRewards::matrix);
    }
  }

  /** The bonus plans of one tenant. */
  @Nested
  @DisplayName("Bonus plans")
  class BonusPlans extends AggregateRepositoryContract<BonusPlanId, BonusPlan> {
    BonusPlans() {
      super(Repositories::bonusPlans, n -> BonusPlanId.of("plan-" + n), TckRewards::plan);
    }
  }

  /** The allocation runs of one tenant, with their receipts: amounts exact in every currency. */
  @Nested
  @DisplayName("Allocation runs")
  class AllocationRuns extends AggregateRepositoryContract<AllocationRunId, AllocationRun> {
    AllocationRuns() {
      super(Repositories::allocationRuns, n -> AllocationRunId.of("run-" + n), TckRewards::run);
    }
  }

  /** Erasure of an employee's receipts in allocation runs. */
  @Nested
  @DisplayName("Allocation run erasure")
  class AllocationRunErasure extends AllocationRunErasureContract {}

  /** The calibration sessions of one tenant. */
  @Nested
  @DisplayName("Calibration sessions")
  class CalibrationSessions
      extends AggregateRepositoryContract<dev.pillars.core.calibration.CalibrationSessionId,
          dev.pillars.core.calibration.CalibrationSession> {
    CalibrationSessions() {
      super(Repositories::calibrationSessions, n -> dev.pillars.core.calibration.CalibrationSessionId.of("calibration-" + n), TckCalibration::session);
    }
  }

  /** Erasure of a person from calibration sessions. */
  @Nested
  @DisplayName("Calibration sessions and erasure")
  class CalibrationErasure extends CalibrationErasureContract {}

  /** The development plans of one tenant. */
  @Nested
  @DisplayName("Development plans")
  class DevelopmentPlans extends AggregateRepositoryContract<PlanId, DevelopmentPlan> {
    DevelopmentPlans() {
      super(Repositories::developmentPlans, n -> PlanId.of("plan-" + n), TckDevelopment::plan);
    }
  }

  /** Erasure of an employee from the development pillar's aggregates. */
  @Nested
  @DisplayName("Development erasure")
  class DevelopmentErasure extends DevelopmentErasureContract {}

  /** Every development aggregate, each variant written and read back. */
  @Nested
  @DisplayName("Development aggregates")
  class DevelopmentRoundTrips extends DevelopmentRoundTripContract {}

  /** The feedback of one tenant, anonymous givers included. */
  @Nested
  @DisplayName("Feedback")
  class FeedbackPieces extends AggregateRepositoryContract<dev.pillars.core.feedback.FeedbackId, dev.pillars.core.feedback.Feedback> {
    FeedbackPieces() {
      super(Repositories::feedback, n -> dev.pillars.core.feedback.FeedbackId.of("fb-" + n), TckFeedback::feedback);
    }
  }

  /** The feedback requests of one tenant. */
  @Nested
  @DisplayName("Feedback requests")
  class FeedbackRequests extends AggregateRepositoryContract<dev.pillars.core.feedback.FeedbackRequestId, dev.pillars.core.feedback.FeedbackRequest> {
    FeedbackRequests() {
      super(Repositories::feedbackRequests, n -> dev.pillars.core.feedback.FeedbackRequestId.of("fq-" + n), TckFeedback::request);
    }
  }

  /** The 360 rounds of one tenant. */
  @Nested
  @DisplayName("360 rounds")
  class ThreeSixtyRounds extends AggregateRepositoryContract<dev.pillars.core.feedback.ThreeSixtyRoundId, dev.pillars.core.feedback.ThreeSixtyRound> {
    ThreeSixtyRounds() {
      super(Repositories::threeSixtyRounds, n -> dev.pillars.core.feedback.ThreeSixtyRoundId.of("r360-" + n), TckFeedback::round);
    }
  }

  /** The 1:1s of one tenant. */
  @Nested
  @DisplayName("1:1s")
  class OneOnOnes extends AggregateRepositoryContract<dev.pillars.core.oneonone.OneOnOneId, dev.pillars.core.oneonone.OneOnOne> {
    OneOnOnes() {
      super(Repositories::oneOnOnes, n -> dev.pillars.core.oneonone.OneOnOneId.of("m-" + n), TckFeedback::oneOnOne);
    }
  }

  /** The surveys of one tenant. */
  @Nested
  @DisplayName("Surveys")
  class Surveys extends AggregateRepositoryContract<dev.pillars.core.survey.SurveyId, dev.pillars.core.survey.Survey> {
    Surveys() {
      super(Repositories::surveys, n -> dev.pillars.core.survey.SurveyId.of("s-" + n), TckFeedback::survey);
    }
  }

  /** The feedback pillar's queries and erasure rules. */
  @Nested
  @DisplayName("Feedback queries and erasure")
  class FeedbackPillar extends FeedbackPillarContract {}
}
