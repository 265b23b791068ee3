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
 * class of a few lines that hands it the store. The whole kit runs in well under a minute against
 * the in-memory store on two cores.
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

  @BeforeEach
  final void createCurrentStore() {
    current = createStore();
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
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<GoalId, Goal> repository(Repositories repositories) {
      return repositories.goals();
    }

    @Override
    protected GoalId id(int n) {
      return TckGoals.id(n);
    }

    @Override
    protected Goal aggregate(GoalId id, int variant) {
      return goal(id, variant);
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
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<EmployeeId, Employee> repository(Repositories repositories) {
      return repositories.employees();
    }

    @Override
    protected EmployeeId id(int n) {
      return employee(n);
    }

    @Override
    protected Employee aggregate(EmployeeId id, int variant) {
      return TckData.employee(id, variant);
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
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<OrgUnitId, OrgUnit> repository(Repositories repositories) {
      return repositories.orgUnits();
    }

    @Override
    protected OrgUnitId id(int n) {
      return unitId(n);
    }

    @Override
    protected OrgUnit aggregate(OrgUnitId id, int variant) {
      return TckData.unit(id, variant);
    }
  }

  /** The organisation snapshot. */
  @Nested
  @DisplayName("Organisation")
  class OrganisationSnapshot extends OrganisationContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** The KPI definitions of one tenant. */
  @Nested
  @DisplayName("KPI definitions")
  class KpiDefinitions extends AggregateRepositoryContract<KpiId, KpiDefinition> {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<KpiId, KpiDefinition> repository(Repositories repositories) {
      return repositories.kpiDefinitions();
    }

    @Override
    protected KpiId id(int n) {
      return kpiId(n);
    }

    @Override
    protected KpiDefinition aggregate(KpiId id, int variant) {
      return TckData.kpi(id, variant);
    }
  }

  /** The alignment graph. */
  @Nested
  @DisplayName("Alignment links")
  class Alignment extends AlignmentContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** The measurement log. */
  @Nested
  @DisplayName("Measurements")
  class Measurements extends MeasurementLogContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** The check-in log. */
  @Nested
  @DisplayName("Check-ins")
  class CheckIns extends CheckInLogContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** The tenant's commit counter. */
  @Nested
  @DisplayName("Commit counter")
  class CommitCounter extends CommitCounterContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** The transactional outbox. */
  @Nested
  @DisplayName("Outbox")
  class Outbox extends OutboxContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** Units of work. */
  @Nested
  @DisplayName("Units of work")
  class UnitsOfWork extends UnitOfWorkContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** Many threads writing at once. */
  @Nested
  @DisplayName("Concurrency")
  class Concurrency extends ConcurrencyContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** Export and erasure of one employee's data. */
  @Nested
  @DisplayName("Personal data")
  class PersonalData extends PersonalDataContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** Tenant stores themselves. */
  @Nested
  @DisplayName("Tenants")
  class Tenants extends TenantsContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** Streams of a unit of work that outlive it. */
  @Nested
  @DisplayName("Stream lifetime")
  class StreamLifetime extends StreamLifetimeContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** Text and numbers that every store gives back exactly. */
  @Nested
  @DisplayName("Storable values")
  class StorableValues extends StorableValuesContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** Erasure against units of work that write data naming the erased employee at the same time. */
  @Nested
  @DisplayName("Late commits and erasure")
  class LateCommitErasure extends LateCommitErasureContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** Units of work nested on one thread. */
  @Nested
  @DisplayName("Nested units of work")
  class NestedUnitsOfWork extends NestedUnitOfWorkContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** Deep alignment chains added in bulk. */
  @Nested
  @DisplayName("Deep chains")
  class DeepChains extends DeepChainContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** The recognitions of one tenant. */
  @Nested
  @DisplayName("Recognitions")
  class Recognitions extends AggregateRepositoryContract<RecognitionId, Recognition> {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<RecognitionId, Recognition> repository(Repositories repositories) {
      return repositories.recognitions();
    }

    @Override
    protected RecognitionId id(int n) {
      return TckRecognitions.id(n);
    }

    @Override
    protected Recognition aggregate(RecognitionId id, int variant) {
      return TckRecognitions.recognition(id, variant);
    }
  }

  /** The recognition points budgets of one tenant. */
  @Nested
  @DisplayName("Points budgets")
  class PointsBudgets extends AggregateRepositoryContract<PointsBudgetId, PointsBudget> {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<PointsBudgetId, PointsBudget> repository(Repositories repositories) {
      return repositories.pointsBudgets();
    }

    @Override
    protected PointsBudgetId id(int n) {
      return TckRecognitions.budgetId(n);
    }

    @Override
    protected PointsBudget aggregate(PointsBudgetId id, int variant) {
      return TckRecognitions.budget(id, variant);
    }
  }

  /** Recognition queries, budgets that racing awards cannot overspend, and erasure. */
  @Nested
  @DisplayName("Recognition and points budgets")
  class RecognitionRules extends RecognitionContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** The review templates of one tenant. */
  @Nested
  @DisplayName("Review templates")
  class ReviewTemplates extends ReviewTemplateContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** The review cycles of one tenant, with the query by template. */
  @Nested
  @DisplayName("Review cycles")
  class ReviewCycles extends ReviewCycleContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** The reviews of one tenant: snapshots, amendment history and their queries. */
  @Nested
  @DisplayName("Reviews")
  class Reviews extends ReviewContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** The merit matrices of one tenant. */
  @Nested
  @DisplayName("Merit matrices")
  class MeritMatrices extends AggregateRepositoryContract<MeritMatrixId, MeritMatrix> {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<MeritMatrixId, MeritMatrix> repository(Repositories repositories) {
      return repositories.meritMatrices();
    }

    @Override
    protected MeritMatrixId id(int n) {
      return MeritMatrixId.of("matrix-" + n);
    }

    @Override
    protected MeritMatrix aggregate(MeritMatrixId id, int variant) {
      return TckRewards.matrix(id, variant);
    }
  }

  /** The bonus plans of one tenant. */
  @Nested
  @DisplayName("Bonus plans")
  class BonusPlans extends AggregateRepositoryContract<BonusPlanId, BonusPlan> {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<BonusPlanId, BonusPlan> repository(Repositories repositories) {
      return repositories.bonusPlans();
    }

    @Override
    protected BonusPlanId id(int n) {
      return BonusPlanId.of("plan-" + n);
    }

    @Override
    protected BonusPlan aggregate(BonusPlanId id, int variant) {
      return TckRewards.plan(id, variant);
    }
  }

  /** The allocation runs of one tenant, with their receipts: amounts exact in every currency. */
  @Nested
  @DisplayName("Allocation runs")
  class AllocationRuns extends AggregateRepositoryContract<AllocationRunId, AllocationRun> {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<AllocationRunId, AllocationRun> repository(Repositories repositories) {
      return repositories.allocationRuns();
    }

    @Override
    protected AllocationRunId id(int n) {
      return AllocationRunId.of("run-" + n);
    }

    @Override
    protected AllocationRun aggregate(AllocationRunId id, int variant) {
      return TckRewards.run(id, variant);
    }
  }

  /** Erasure of an employee's receipts in allocation runs. */
  @Nested
  @DisplayName("Allocation run erasure")
  class AllocationRunErasure extends AllocationRunErasureContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** The calibration sessions of one tenant. */
  @Nested
  @DisplayName("Calibration sessions")
  class CalibrationSessions
      extends AggregateRepositoryContract<dev.pillars.core.calibration.CalibrationSessionId,
          dev.pillars.core.calibration.CalibrationSession> {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<dev.pillars.core.calibration.CalibrationSessionId,
        dev.pillars.core.calibration.CalibrationSession> repository(Repositories repositories) {
      return repositories.calibrationSessions();
    }

    @Override
    protected dev.pillars.core.calibration.CalibrationSessionId id(int n) {
      return dev.pillars.core.calibration.CalibrationSessionId.of("calibration-" + n);
    }

    @Override
    protected dev.pillars.core.calibration.CalibrationSession aggregate(
        dev.pillars.core.calibration.CalibrationSessionId id, int variant) {
      return TckCalibration.session(id, variant);
    }
  }

  /** Erasure of a person from calibration sessions. */
  @Nested
  @DisplayName("Calibration sessions and erasure")
  class CalibrationErasure extends CalibrationErasureContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** The development plans of one tenant. */
  @Nested
  @DisplayName("Development plans")
  class DevelopmentPlans extends AggregateRepositoryContract<PlanId, DevelopmentPlan> {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<PlanId, DevelopmentPlan> repository(Repositories repositories) {
      return repositories.developmentPlans();
    }

    @Override
    protected PlanId id(int n) {
      return PlanId.of("plan-" + n);
    }

    @Override
    protected DevelopmentPlan aggregate(PlanId id, int variant) {
      return TckDevelopment.plan(id, variant);
    }
  }

  /** Erasure of an employee from the development pillar's aggregates. */
  @Nested
  @DisplayName("Development erasure")
  class DevelopmentErasure extends DevelopmentErasureContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** Every development aggregate, each variant written and read back. */
  @Nested
  @DisplayName("Development aggregates")
  class DevelopmentRoundTrips extends DevelopmentRoundTripContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }

  /** The feedback of one tenant, anonymous givers included. */
  @Nested
  @DisplayName("Feedback")
  class FeedbackPieces extends AggregateRepositoryContract<dev.pillars.core.feedback.FeedbackId, dev.pillars.core.feedback.Feedback> {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<dev.pillars.core.feedback.FeedbackId, dev.pillars.core.feedback.Feedback> repository(Repositories repositories) {
      return repositories.feedback();
    }

    @Override
    protected dev.pillars.core.feedback.FeedbackId id(int n) {
      return dev.pillars.core.feedback.FeedbackId.of("fb-" + n);
    }

    @Override
    protected dev.pillars.core.feedback.Feedback aggregate(dev.pillars.core.feedback.FeedbackId id, int variant) {
      return TckFeedback.feedback(id, variant);
    }
  }

  /** The feedback requests of one tenant. */
  @Nested
  @DisplayName("Feedback requests")
  class FeedbackRequests extends AggregateRepositoryContract<dev.pillars.core.feedback.FeedbackRequestId, dev.pillars.core.feedback.FeedbackRequest> {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<dev.pillars.core.feedback.FeedbackRequestId, dev.pillars.core.feedback.FeedbackRequest> repository(Repositories repositories) {
      return repositories.feedbackRequests();
    }

    @Override
    protected dev.pillars.core.feedback.FeedbackRequestId id(int n) {
      return dev.pillars.core.feedback.FeedbackRequestId.of("fq-" + n);
    }

    @Override
    protected dev.pillars.core.feedback.FeedbackRequest aggregate(dev.pillars.core.feedback.FeedbackRequestId id, int variant) {
      return TckFeedback.request(id, variant);
    }
  }

  /** The 360 rounds of one tenant. */
  @Nested
  @DisplayName("360 rounds")
  class ThreeSixtyRounds extends AggregateRepositoryContract<dev.pillars.core.feedback.ThreeSixtyRoundId, dev.pillars.core.feedback.ThreeSixtyRound> {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<dev.pillars.core.feedback.ThreeSixtyRoundId, dev.pillars.core.feedback.ThreeSixtyRound> repository(Repositories repositories) {
      return repositories.threeSixtyRounds();
    }

    @Override
    protected dev.pillars.core.feedback.ThreeSixtyRoundId id(int n) {
      return dev.pillars.core.feedback.ThreeSixtyRoundId.of("r360-" + n);
    }

    @Override
    protected dev.pillars.core.feedback.ThreeSixtyRound aggregate(dev.pillars.core.feedback.ThreeSixtyRoundId id, int variant) {
      return TckFeedback.round(id, variant);
    }
  }

  /** The 1:1s of one tenant. */
  @Nested
  @DisplayName("1:1s")
  class OneOnOnes extends AggregateRepositoryContract<dev.pillars.core.oneonone.OneOnOneId, dev.pillars.core.oneonone.OneOnOne> {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<dev.pillars.core.oneonone.OneOnOneId, dev.pillars.core.oneonone.OneOnOne> repository(Repositories repositories) {
      return repositories.oneOnOnes();
    }

    @Override
    protected dev.pillars.core.oneonone.OneOnOneId id(int n) {
      return dev.pillars.core.oneonone.OneOnOneId.of("m-" + n);
    }

    @Override
    protected dev.pillars.core.oneonone.OneOnOne aggregate(dev.pillars.core.oneonone.OneOnOneId id, int variant) {
      return TckFeedback.oneOnOne(id, variant);
    }
  }

  /** The surveys of one tenant. */
  @Nested
  @DisplayName("Surveys")
  class Surveys extends AggregateRepositoryContract<dev.pillars.core.survey.SurveyId, dev.pillars.core.survey.Survey> {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<dev.pillars.core.survey.SurveyId, dev.pillars.core.survey.Survey> repository(Repositories repositories) {
      return repositories.surveys();
    }

    @Override
    protected dev.pillars.core.survey.SurveyId id(int n) {
      return dev.pillars.core.survey.SurveyId.of("s-" + n);
    }

    @Override
    protected dev.pillars.core.survey.Survey aggregate(dev.pillars.core.survey.SurveyId id, int variant) {
      return TckFeedback.survey(id, variant);
    }
  }

  /** The feedback pillar's queries and erasure rules. */
  @Nested
  @DisplayName("Feedback queries and erasure")
  class FeedbackPillar extends FeedbackPillarContract {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }
  }
}
