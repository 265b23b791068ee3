package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckData.instant;
import static dev.pillars.persistence.tck.TckData.kpiId;
import static dev.pillars.persistence.tck.TckData.unitId;
import static dev.pillars.persistence.tck.TckGoals.employee;
import static dev.pillars.persistence.tck.TckGoals.goal;
import static dev.pillars.persistence.tck.TckGoals.id;
import static dev.pillars.persistence.tck.TckGoals.individual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import dev.pillars.persistence.spi.AggregateRepository;
import dev.pillars.persistence.spi.EmployeeRepository;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.GoalRepository;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.TransactionRequiredException;
import dev.pillars.persistence.spi.TransactionStateException;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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
 * alignment graph, the measurement log and the check-in log, each with its own model-based property
 * over two tenants; then units of work spanning every repository, concurrency, personal data and
 * tenants. The whole kit runs in well under a minute against the in-memory store on two cores.
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

  /** The goal ids and KPI ids a snapshot reads the logs of. */
  private static final int GOAL_IDS = 24;

  private static final int KPI_IDS = 4;

  /** Everything a tenant holds, as far as the kit can read it. */
  private record Snapshot(
      List<Versioned<Goal>> goals,
      long goalCount,
      List<Versioned<Employee>> employees,
      List<Versioned<OrgUnit>> units,
      List<Versioned<KpiDefinition>> kpis,
      long graphVersion,
      Set<AlignmentLink> links,
      Map<KpiId, List<Measurement>> measurements,
      Map<GoalId, List<CheckIn>> checkIns,
      List<PersonalDataExport> exports) {}

  private static <T> List<Versioned<T>> sorted(Stream<Versioned<T>> stream, Function<T, String> key) {
    try (stream) {
      return stream.sorted(Comparator.comparing(v -> key.apply(v.value()))).collect(Collectors.toList());
    }
  }

  private static Snapshot snapshot(Repositories repositories, EmployeeId... people) {
    Set<AlignmentLink> links;
    try (Stream<AlignmentLink> stream = repositories.alignment().stream()) {
      links = stream.collect(Collectors.toSet());
    }
    Map<KpiId, List<Measurement>> measurements = new HashMap<>();
    for (int k = 0; k < KPI_IDS; k++) {
      measurements.put(kpiId(k), repositories.measurements().history(kpiId(k), LocalDate.MIN, LocalDate.MAX));
    }
    Map<GoalId, List<CheckIn>> checkIns = new HashMap<>();
    for (int g = 0; g < GOAL_IDS; g++) {
      try (Stream<CheckIn> stream = repositories.checkIns().streamByGoal(id(g))) {
        checkIns.put(id(g), stream.collect(Collectors.toList()));
      }
    }
    List<PersonalDataExport> exports = new ArrayList<>();
    for (EmployeeId person : people) {
      exports.add(repositories.personalData().export(person));
    }
    return new Snapshot(
        sorted(repositories.goals().stream(), goal -> goal.id().value()),
        repositories.goals().count(),
        sorted(repositories.employees().stream(), employee -> employee.id().value()),
        sorted(repositories.orgUnits().stream(), unit -> unit.id().value()),
        sorted(repositories.kpiDefinitions().stream(), kpi -> kpi.id().value()),
        repositories.alignment().graphVersion(),
        links,
        measurements,
        checkIns,
        exports);
  }

  private static Versioned<Goal> committedGoal(Repositories repositories, GoalId id) {
    return repositories.goals().find(id).orElseThrow(() -> new AssertionError("no goal " + id));
  }

  private static Measurement measurement(int kpi, int day, int instant, double value) {
    return Measurement.of(kpiId(kpi), TckData.day(day), instant(instant), value);
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
    @DisplayName("streaming by a null owner fails with InvalidInputException")
    void streamByNullOwnerFails() {
      GoalOwner nobody = null;
      assertThatThrownBy(() -> newTenant().goals().streamByOwner(nobody))
          .isInstanceOf(InvalidInputException.class);
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
    @DisplayName("streaming by a null manager or unit fails with InvalidInputException")
    void nullQueriesFail() {
      EmployeeId nobody = null;
      OrgUnitId nowhere = null;
      assertThatThrownBy(() -> newTenant().employees().streamByManager(nobody)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> newTenant().employees().streamByUnit(nowhere)).isInstanceOf(InvalidInputException.class);
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

  /** Units of work: all or nothing across every repository, lifecycle, and the transaction helpers. */
  @Nested
  @DisplayName("Units of work")
  class UnitsOfWork {
    private final EmployeeId pseudonym = EmployeeId.of("erased-1");
    private final EmployeeId[] people = {employee(0), employee(1), employee(2), pseudonym};

    /** Units, employees, goals, links, a KPI with measurements and check-ins with comments. */
    private TenantStore seeded() {
      TenantStore tenant = newTenant();
      tenant.runInTransaction(
          work -> {
            work.orgUnits().insert(OrgUnit.root(unitId(0), "Plant"));
            work.orgUnits().insert(OrgUnit.within(unitId(1), "Line 1", unitId(0)));
            work.employees().insert(TckData.employee(employee(0), 0, Optional.empty(), unitId(0)));
            work.employees().insert(TckData.employee(employee(1), 1, Optional.of(employee(0)), unitId(1)));
            work.goals().insert(individual(0, 0, employee(0)));
            work.goals().insert(goal(id(1), 3));
            work.goals().insert(individual(2, 4, employee(0)));
            work.goals().insert(individual(3, 1, employee(1)));
            work.alignment().addAll(List.of(AlignmentLink.of(id(0), id(1)), AlignmentLink.of(id(3), id(1))).iterator(), 2, 0);
            work.kpiDefinitions().insert(TckData.kpi(kpiId(0), 0));
            work.measurements().appendAll(List.of(measurement(0, 1, 0, 10), measurement(0, 2, 0, 11)).iterator(), 2);
            work.checkIns().append(new CheckIn(id(0), instant(0), 0.2, 0.5, Optional.of("first steps")));
            work.checkIns().append(new CheckIn(id(3), instant(0), 0.1, 0.5, Optional.of("slow start")));
          });
      return tenant;
    }

    /** The steps of one unit of work that touches every repository in every way. */
    private List<Consumer<UnitOfWork>> steps(TenantStore tenant) {
      Goal first = committedGoal(tenant, id(0)).value();
      return List.of(
          work -> work.goals().insert(individual(10, 0, employee(0))),
          work -> work.goals().update(TckGoals.withWeight(first, 7), 1),
          work -> work.alignment().remove(id(3), id(1), 1),
          work -> work.goals().delete(id(3), 1),
          work -> work.goals().insertAll(Stream.of(goal(id(11), 1), goal(id(12), 2), goal(id(13), 3)), 2),
          work -> work.alignment().add(AlignmentLink.of(id(10), id(1), 2), 2),
          work -> work.orgUnits().insert(OrgUnit.within(unitId(2), "Line 2", unitId(0))),
          work -> work.employees().insert(TckData.employee(employee(2), 2, Optional.of(employee(0)), unitId(1))),
          work -> work.employees().update(TckData.employee(employee(1), 1, Optional.of(employee(0)), unitId(2)), 1),
          work -> work.kpiDefinitions().insert(TckData.kpi(kpiId(1), 1)),
          work -> work.measurements().appendAll(List.of(measurement(0, 1, 1, 12), measurement(1, 1, 0, 3)).iterator(), 1),
          work -> work.checkIns().append(new CheckIn(id(10), instant(1), 0.3, 0.6, Optional.of("on track"))),
          work -> work.personalData().erase(employee(0), pseudonym),
          work -> work.goals().insert(goal(id(3), 6)),
          work -> work.goals().delete(id(12), 1),
          work -> work.kpiDefinitions().delete(kpiId(1), 1),
          work -> work.alignment().addAll(List.of(AlignmentLink.of(id(11), id(1)), AlignmentLink.of(id(13), id(1))).iterator(), 2, 3));
    }

    /** Writes that always fail in {@link #seeded()} tenants, after any of the steps, each of another aggregate. */
    private List<Consumer<UnitOfWork>> failures() {
      return List.of(
          work -> work.employees().update(TckData.employee(employee(1), 9, Optional.of(employee(0)), unitId(1)), 42),
          work -> work.alignment().add(AlignmentLink.of(id(2), id(1)), 99),
          work -> work.measurements().append(measurement(0, 1, 0, 77)),
          work -> work.checkIns().append(new CheckIn(id(99), instant(5), 0.5, 0.5, Optional.empty())),
          work -> work.goals().update(individual(2, 9, employee(0)), 42));
    }

    @Test
    @DisplayName("throwing after any step of a unit of work spanning every repository leaves no trace")
    void throwingAfterAnyStepLeavesNoTrace() {
      TenantStore tenant = seeded();
      Snapshot before = snapshot(tenant, people);
      List<Consumer<UnitOfWork>> steps = steps(tenant);
      for (int done = 0; done <= steps.size(); done++) {
        int stepsDone = done;
        assertThatThrownBy(
                () -> tenant.runInTransaction(
                    work -> {
                      steps.subList(0, stepsDone).forEach(step -> step.accept(work));
                      throw new IllegalStateException("abandoned after step " + stepsDone);
                    }))
            .hasMessage("abandoned after step " + done);
        assertThat(snapshot(tenant, people)).as("after throwing at step %d", done).isEqualTo(before);
      }
    }

    @Test
    @DisplayName("rolling back or closing after any step of a unit of work spanning every repository leaves no trace")
    void rollingBackAfterAnyStepLeavesNoTrace() {
      TenantStore tenant = seeded();
      Snapshot before = snapshot(tenant, people);
      List<Consumer<UnitOfWork>> steps = steps(tenant);
      for (int done = 0; done <= steps.size(); done++) {
        try (UnitOfWork work = tenant.begin()) {
          steps.subList(0, done).forEach(step -> step.accept(work));
          work.rollback();
          assertThat(work.isActive()).isFalse();
        }
        assertThat(snapshot(tenant, people)).as("after rolling back at step %d", done).isEqualTo(before);
        try (UnitOfWork work = tenant.begin()) {
          steps.subList(0, done).forEach(step -> step.accept(work));
        }
        assertThat(snapshot(tenant, people)).as("after closing at step %d", done).isEqualTo(before);
      }
    }

    @Test
    @DisplayName("a failing write at any step of a unit of work fails it as a whole and leaves no trace")
    void failingAtAnyStepLeavesNoTrace() {
      TenantStore tenant = seeded();
      Snapshot before = snapshot(tenant, people);
      List<Consumer<UnitOfWork>> steps = steps(tenant);
      List<Consumer<UnitOfWork>> failures = failures();
      for (int done = 0; done <= steps.size(); done++) {
        int stepsDone = done;
        Consumer<UnitOfWork> failure = failures.get(done % failures.size());
        assertThatThrownBy(
                () -> tenant.runInTransaction(
                    work -> {
                      steps.subList(0, stepsDone).forEach(step -> step.accept(work));
                      failure.accept(work);
                    }))
            .as("failing write %d after step %d", done % failures.size(), done)
            .isInstanceOf(PersistenceException.class);
        assertThat(snapshot(tenant, people)).as("after failing at step %d", done).isEqualTo(before);
      }
    }

    @Test
    @DisplayName("committing every step makes all of them visible together, every aggregate consistent")
    void committingEveryStepMakesAllVisible() {
      TenantStore tenant = seeded();
      List<Consumer<UnitOfWork>> steps = steps(tenant);
      Goal first = committedGoal(tenant, id(0)).value();
      Employee erased = tenant.employees().find(employee(0)).orElseThrow().value();
      tenant.runInTransaction(work -> steps.forEach(step -> step.accept(work)));

      GoalRepository goals = tenant.goals();
      assertThat(goals.count()).isEqualTo(7);
      assertThat(committedGoal(tenant, id(0)).version()).isEqualTo(3);
      assertThat(committedGoal(tenant, id(0)).value().weight()).isEqualTo(7);
      assertThat(TckGoals.attributesExcept(committedGoal(tenant, id(0)).value(), "owner", "weight"))
          .isEqualTo(TckGoals.attributesExcept(first, "owner", "weight"));
      assertThat(committedGoal(tenant, id(1))).isEqualTo(Versioned.of(goal(id(1), 3), 1));
      assertThat(committedGoal(tenant, id(3))).isEqualTo(Versioned.of(goal(id(3), 6), 1));
      assertThat(goals.find(id(12))).isEmpty();

      PersonalDataExport export = tenant.personalData().export(pseudonym);
      assertThat(tenant.personalData().export(employee(0)).isEmpty()).isTrue();
      assertThat(export.goals()).extracting(Goal::id).containsExactly(id(0), id(10), id(2));
      assertThat(export.checkIns())
          .containsExactly(
              new CheckIn(id(0), instant(0), 0.2, 0.5, Optional.empty()),
              new CheckIn(id(10), instant(1), 0.3, 0.6, Optional.empty()));
      Employee bare = export.record().orElseThrow();
      assertThat(bare.displayName()).isEqualTo(pseudonym.value());
      assertThat(bare.attributes()).isEmpty();
      assertThat(List.of(bare.manager(), bare.unit(), bare.role(), bare.grade(), bare.hireDate()))
          .isEqualTo(List.of(erased.manager(), erased.unit(), erased.role(), erased.grade(), erased.hireDate()));

      Organisation organisation = tenant.organisation().snapshot();
      assertThat(organisation.units()).extracting(OrgUnit::id).containsExactly(unitId(0), unitId(1), unitId(2));
      assertThat(organisation.directReports(pseudonym)).extracting(Employee::id).containsExactly(employee(1), employee(2));
      assertThat(organisation.employee(employee(1)).orElseThrow().unit()).isEqualTo(unitId(2));
      assertThat(tenant.employees().find(employee(1)).orElseThrow().version()).isEqualTo(3);

      assertThat(tenant.alignment().graphVersion()).isEqualTo(4);
      try (Stream<AlignmentLink> links = tenant.alignment().stream()) {
        assertThat(links)
            .containsExactlyInAnyOrder(
                AlignmentLink.of(id(0), id(1)),
                AlignmentLink.of(id(10), id(1), 2),
                AlignmentLink.of(id(11), id(1)),
                AlignmentLink.of(id(13), id(1)));
      }
      try (Stream<KpiDefinition> kpis = tenant.kpiDefinitions().stream().map(Versioned::value)) {
        assertThat(kpis).extracting(KpiDefinition::id).containsExactly(kpiId(0));
      }
      assertThat(tenant.measurements().history(kpiId(0), LocalDate.MIN, LocalDate.MAX))
          .containsExactly(measurement(0, 1, 0, 10), measurement(0, 1, 1, 12), measurement(0, 2, 0, 11));
      assertThat(tenant.measurements().count(kpiId(1))).isZero();
      assertThat(tenant.checkIns().count(id(3))).isZero();
    }

    @Test
    @DisplayName("a unit of work that has ended refuses every call with TransactionStateException")
    void endedUnitOfWorkRefusesCalls() {
      TenantStore tenant = seeded();
      Snapshot before = snapshot(tenant, people);
      UnitOfWork committed = tenant.begin();
      committed.commit();
      UnitOfWork rolledBack = tenant.begin();
      rolledBack.goals().insert(goal(id(20), 0));
      rolledBack.rollback();

      for (UnitOfWork ended : List.of(committed, rolledBack)) {
        assertThat(ended.isActive()).isFalse();
        List<ThrowingCallable> calls =
            List.of(
                () -> ended.goals().find(id(0)),
                () -> ended.goals().count(),
                () -> ended.goals().stream().close(),
                () -> ended.goals().streamByOwner(GoalOwner.employee(employee(0))).close(),
                () -> ended.goals().insert(goal(id(21), 0)),
                () -> ended.goals().update(goal(id(1), 1), 1),
                () -> ended.goals().delete(id(1), 1),
                () -> ended.goals().insertAll(Stream.of(goal(id(22), 0)), 1),
                () -> ended.employees().find(employee(0)),
                () -> ended.employees().streamByManager(employee(0)).close(),
                () -> ended.employees().streamByUnit(unitId(0)).close(),
                () -> ended.employees().insert(TckData.employee(employee(5), 5)),
                () -> ended.orgUnits().count(),
                () -> ended.orgUnits().delete(unitId(1), 1),
                () -> ended.organisation().snapshot(),
                () -> ended.kpiDefinitions().find(kpiId(0)),
                () -> ended.kpiDefinitions().insert(TckData.kpi(kpiId(3), 3)),
                () -> ended.alignment().graphVersion(),
                () -> ended.alignment().streamByParent(id(1)).close(),
                () -> ended.alignment().add(AlignmentLink.of(id(2), id(1)), 1),
                () -> ended.measurements().count(kpiId(0)),
                () -> ended.measurements().append(measurement(0, 3, 0, 1)),
                () -> ended.checkIns().latest(id(0)),
                () -> ended.checkIns().append(new CheckIn(id(0), instant(3), 0.5, 0.5, Optional.empty())),
                () -> ended.personalData().export(employee(0)),
                () -> ended.personalData().erase(employee(0), EmployeeId.of("erased-2")),
                ended::commit);
        for (ThrowingCallable call : calls) {
          assertThatThrownBy(call).isInstanceOf(TransactionStateException.class);
        }
        ended.rollback();
        ended.close();
      }
      assertThat(snapshot(tenant, people)).isEqualTo(before);
    }

    @Test
    @DisplayName("inTransaction returns the function's result and commits")
    void inTransactionCommits() {
      TenantStore tenant = newTenant();
      Versioned<Goal> inserted = tenant.inTransaction(work -> work.goals().insert(goal(id(0), 0)));
      assertThat(committedGoal(tenant, id(0))).isEqualTo(inserted);
      Long count = tenant.inTransaction(work -> work.goals().count());
      assertThat(count).isEqualTo(1);
    }

    @Test
    @DisplayName("inTransaction rethrows the function's exception unchanged and rolls back")
    void inTransactionRollsBackOnException() {
      TenantStore tenant = newTenant();
      IllegalArgumentException thrown = new IllegalArgumentException("host failure");
      UnitOfWork[] seen = new UnitOfWork[1];
      assertThatThrownBy(
              () -> tenant.runInTransaction(
                  work -> {
                    seen[0] = work;
                    work.goals().insert(goal(id(0), 0));
                    throw thrown;
                  }))
          .isSameAs(thrown);
      assertThat(seen[0].isActive()).isFalse();
      assertThat(tenant.goals().count()).isZero();
    }

    @Test
    @DisplayName("a unit of work without writes commits and changes nothing")
    void emptyUnitOfWorkCommits() {
      TenantStore tenant = seeded();
      Snapshot before = snapshot(tenant, people);
      try (UnitOfWork work = tenant.begin()) {
        assertThat(work.isActive()).isTrue();
        assertThat(work.tenant()).isEqualTo(tenant.tenant());
        assertThat(work.goals().count()).isEqualTo(4);
        assertThat(work.alignment().count()).isEqualTo(2);
        work.commit();
      }
      assertThat(snapshot(tenant, people)).isEqualTo(before);
    }

    @Test
    @DisplayName("null functions and null tenants fail with InvalidInputException")
    void nullArgumentsFail() {
      TenantStore tenant = newTenant();
      Function<UnitOfWork, Object> noFunction = null;
      Consumer<UnitOfWork> noAction = null;
      TenantId noTenant = null;
      assertThatThrownBy(() -> tenant.inTransaction(noFunction)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> tenant.runInTransaction(noAction)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> store().forTenant(noTenant)).isInstanceOf(InvalidInputException.class);
    }
  }

  /** Many threads writing at once. */
  @Nested
  @DisplayName("Concurrency")
  class Concurrency {
    private static final int THREADS = 16;
    private static final int INCREMENTS = 10_000;

    @Test
    @DisplayName("16 threads x 10,000 conflicting re-weightings of one goal, retried when stale, lose none")
    void noUpdateIsLost() throws Exception {
      TenantStore tenant = newTenant();
      GoalId id = id(0);
      tenant.runInTransaction(work -> work.goals().insert(TckGoals.withWeight(goal(id, 0), 1)));
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> committed = new ArrayList<>();
      try {
        for (int t = 0; t < THREADS; t++) {
          committed.add(
              pool.submit(
                  () -> {
                    start.await();
                    int commits = 0;
                    while (commits < INCREMENTS) {
                      try (UnitOfWork work = tenant.begin()) {
                        Versioned<Goal> read = committedGoal(work, id);
                        Goal reweighted = TckGoals.withWeight(read.value(), read.value().weight() + 1);
                        work.goals().update(reweighted, read.version());
                        work.commit();
                        commits++;
                      } catch (StaleVersionException conflict) {
                        // someone else committed first: read again and retry
                      }
                    }
                    return commits;
                  }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> commits : committed) {
          total += commits.get(10, TimeUnit.MINUTES);
        }
        assertThat(total).isEqualTo(THREADS * INCREMENTS);
      } finally {
        pool.shutdownNow();
      }
      Versioned<Goal> last = committedGoal(tenant, id);
      assertThat(last.version()).isEqualTo(1 + THREADS * INCREMENTS);
      assertThat(last.value().weight()).isEqualTo(1.0 + THREADS * INCREMENTS);
      assertThat(TckGoals.attributesExcept(last.value(), "weight"))
          .isEqualTo(TckGoals.attributesExcept(goal(id, 0), "weight"));
    }

    @Test
    @DisplayName("16 threads inserting different goals at once all commit")
    void concurrentInsertsOfDifferentIdsAllCommit() throws Exception {
      TenantStore tenant = newTenant();
      int perThread = 500;
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          done.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < perThread; i++) {
                      int n = thread * perThread + i;
                      tenant.runInTransaction(work -> work.goals().insert(goal(id(n), n)));
                    }
                  }));
        }
        for (Future<?> future : done) {
          future.get(10, TimeUnit.MINUTES);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(tenant.goals().count()).isEqualTo(THREADS * perThread);
    }
  }

  /** Export and erasure of one employee's data. */
  @Nested
  @DisplayName("Personal data")
  class PersonalData {
    private final EmployeeId pseudonym = EmployeeId.of("erased-7f3c9a");

    /**
     * A generated tenant: who owns each goal (employees 0 to 2, or a unit for 3 and 4), who manages
     * each of employees 0 to 3 (an earlier one, or nobody), and whether employee 0 has a record.
     *
     * @param owners the owner of each goal
     * @param managers for each employee, a number whose remainder picks the manager
     * @param recorded whether employee 0 has an employee record
     */
    record People(List<Integer> owners, List<Integer> managers, boolean recorded) {}

    private static final int EMPLOYEES = 4;

    /**
     * Fills a tenant: employee records, goals (some updated, so versions differ), links between
     * them, check-ins with and without comments, and a KPI with measurements.
     */
    private TenantStore populated(People people) {
      TenantStore tenant = newTenant();
      tenant.runInTransaction(
          work -> {
            work.orgUnits().insert(OrgUnit.root(unitId(0), "Plant"));
            for (int e = 0; e < EMPLOYEES; e++) {
              int pick = people.managers().get(e) % (e + 1);
              Optional<EmployeeId> manager = pick == e ? Optional.empty() : Optional.of(employee(pick));
              if (e > 0 || people.recorded()) {
                work.employees().insert(TckData.employee(employee(e), e, manager, unitId(0)));
              }
            }
            List<Integer> owners = people.owners();
            for (int n = 0; n < owners.size(); n++) {
              int owner = owners.get(n);
              work.goals().insert(owner < 3 ? individual(n, n, employee(owner)) : goal(id(n), 3 + 4 * n));
            }
            List<AlignmentLink> links = new ArrayList<>();
            for (int n = 1; n < owners.size(); n += 2) {
              links.add(AlignmentLink.of(id(n), id(0)));
            }
            work.alignment().addAll(links.iterator(), 4, 0);
            for (int n = 0; n < owners.size(); n++) {
              for (int c = 0; c < n % 3; c++) {
                Optional<String> comment =
                    (n + c) % 2 == 0 ? Optional.empty() : Optional.of("comment " + c + " on goal " + n + " by " + owners.get(n));
                work.checkIns().append(new CheckIn(id(n), instant(c), 0.25 * c, 0.5, comment));
              }
            }
            work.kpiDefinitions().insert(TckData.kpi(kpiId(0), 0));
            work.measurements().append(measurement(0, 0, 0, 1.5));
          });
      tenant.runInTransaction(
          work -> {
            for (int n = 0; n < people.owners().size(); n += 2) {
              Goal stored = committedGoal(work, id(n)).value();
              work.goals().update(TckGoals.withWeight(stored, stored.weight() + 1), 1);
            }
          });
      return tenant;
    }

    private TenantStore withGoalsOf(List<Integer> owners) {
      return populated(new People(owners, List.of(0, 0, 1, 2), true));
    }

    private List<CheckIn> allCheckIns(Repositories repositories) {
      List<CheckIn> all = new ArrayList<>();
      for (int g = 0; g < GOAL_IDS; g++) {
        try (Stream<CheckIn> stream = repositories.checkIns().streamByGoal(id(g))) {
          stream.forEach(all::add);
        }
      }
      return all;
    }

    @Test
    @DisplayName("an export holds the employee's record, their goals ordered by id and the check-ins on them")
    void exportHoldsTheEmployeesData() {
      TenantStore tenant = withGoalsOf(List.of(0, 1, 0, 3, 2, 0, 0));
      PersonalDataExport export = tenant.personalData().export(employee(0));

      assertThat(export.employee()).isEqualTo(employee(0));
      assertThat(export.record()).isEqualTo(tenant.employees().find(employee(0)).map(Versioned::value));
      assertThat(export.goals()).extracting(Goal::id).containsExactly(id(0), id(2), id(5), id(6));
      assertThat(export.goals())
          .containsExactly(
              committedGoal(tenant, id(0)).value(),
              committedGoal(tenant, id(2)).value(),
              committedGoal(tenant, id(5)).value(),
              committedGoal(tenant, id(6)).value());
      List<CheckIn> expected = new ArrayList<>();
      for (GoalId goal : List.of(id(0), id(2), id(5), id(6))) {
        try (Stream<CheckIn> stream = tenant.checkIns().streamByGoal(goal)) {
          stream.forEach(expected::add);
        }
      }
      assertThat(expected).isNotEmpty();
      assertThat(export.checkIns()).isEqualTo(expected);
      PersonalDataExport ofOther = tenant.personalData().export(employee(3));
      assertThat(ofOther.record()).isPresent();
      assertThat(ofOther.goals()).isEmpty();
      assertThat(tenant.personalData().export(EmployeeId.of("nobody")).isEmpty()).isTrue();
      assertThat(newTenant().personalData().export(employee(0)).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("erasure, for random tenants, leaves no personal data reachable and every aggregate consistent")
    void erasureLeavesNoPersonalData() {
      qt().withExamples(100)
          .forAll(
              lists().of(integers().between(0, 4)).ofSizeBetween(0, 12),
              lists().of(integers().between(0, 100)).ofSizeBetween(EMPLOYEES, EMPLOYEES),
              integers().between(0, 3))
          .checkAssert((owners, managers, recorded) -> checkErasure(new People(owners, managers, recorded > 0)));
    }

    private void checkErasure(People people) {
      TenantStore tenant = populated(people);
      TenantStore twin = populated(people);
      Snapshot twinBefore = snapshot(twin, employee(0), pseudonym);
      Snapshot before = snapshot(tenant, employee(0), employee(1), pseudonym);
      Optional<Employee> record = tenant.employees().find(employee(0)).map(Versioned::value);
      Map<EmployeeId, Versioned<Employee>> employeesBefore = new HashMap<>();
      before.employees().forEach(v -> employeesBefore.put(v.value().id(), v));
      Map<GoalId, Versioned<Goal>> goalsBefore = new HashMap<>();
      before.goals().forEach(v -> goalsBefore.put(v.value().id(), v));
      GoalOwner erased = GoalOwner.employee(employee(0));
      Set<GoalId> owned =
          goalsBefore.values().stream()
              .filter(v -> v.value().owner().equals(erased))
              .map(v -> v.value().id())
              .collect(Collectors.toSet());
      Set<String> comments = new HashSet<>();
      long commented = 0;
      for (GoalId goal : owned) {
        for (CheckIn checkIn : before.checkIns().get(goal)) {
          if (checkIn.comment().isPresent()) {
            comments.add(checkIn.comment().get());
            commented++;
          }
        }
      }
      long reports = before.employees().stream().filter(v -> v.value().manager().equals(Optional.of(employee(0)))).count();

      ErasureReport report = tenant.inTransaction(work -> work.personalData().erase(employee(0), pseudonym));

      assertThat(report).isEqualTo(new ErasureReport(pseudonym, (record.isPresent() ? 1 : 0) + reports + owned.size(), 0, commented));
      Snapshot after = snapshot(tenant, employee(0), employee(1), pseudonym);

      // no personal data of the erased employee is reachable
      assertThat(tenant.personalData().export(employee(0)).isEmpty()).isTrue();
      assertThat(after.goals()).noneMatch(v -> v.value().owner().equals(erased));
      assertThat(after.employees()).noneMatch(v -> v.value().id().equals(employee(0)));
      assertThat(after.employees()).noneMatch(v -> v.value().manager().equals(Optional.of(employee(0))));
      record.ifPresent(
          gone -> {
            assertThat(after.employees()).noneMatch(v -> v.value().displayName().equals(gone.displayName()));
            assertThat(after.employees())
                .noneMatch(v -> !gone.attributes().isEmpty() && v.value().attributes().equals(gone.attributes()));
          });
      assertThat(allCheckIns(tenant)).noneMatch(c -> c.comment().isPresent() && comments.contains(c.comment().get()));
      if (record.isPresent()) {
        Organisation organisation = tenant.organisation().snapshot();
        assertThat(organisation.employee(employee(0))).isEmpty();
        assertThat(organisation.directReports(pseudonym)).hasSize((int) reports);
      }

      // what the organisation keeps stays consistent: the pseudonym stands in everywhere
      assertThat(after.goalCount()).isEqualTo(before.goalCount());
      for (Versioned<Goal> now : after.goals()) {
        Versioned<Goal> was = goalsBefore.get(now.value().id());
        assertThat(was).as("goal %s existed before", now.value().id()).isNotNull();
        if (owned.contains(was.value().id())) {
          assertThat(now.value().owner()).isEqualTo(GoalOwner.employee(pseudonym));
          assertThat(now.version()).isEqualTo(was.version() + 1);
          assertThat(TckGoals.attributesExcept(now.value(), "owner"))
              .isEqualTo(TckGoals.attributesExcept(was.value(), "owner"));
          assertThat(after.checkIns().get(now.value().id()))
              .isEqualTo(
                  before.checkIns().get(now.value().id()).stream()
                      .map(c -> new CheckIn(c.goalId(), c.at(), c.progress(), c.confidence(), Optional.empty()))
                      .collect(Collectors.toList()));
        } else {
          assertThat(now).isEqualTo(was);
          assertThat(after.checkIns().get(now.value().id())).isEqualTo(before.checkIns().get(now.value().id()));
        }
      }
      for (Versioned<Employee> now : after.employees()) {
        if (now.value().id().equals(pseudonym)) {
          Employee was = record.orElseThrow(() -> new AssertionError("a record for the pseudonym without one to erase"));
          assertThat(now.version()).isEqualTo(1);
          assertThat(now.value().displayName()).isEqualTo(pseudonym.value());
          assertThat(now.value().attributes()).isEmpty();
          assertThat(List.of(now.value().manager(), now.value().unit(), now.value().role(), now.value().grade(), now.value().hireDate()))
              .isEqualTo(List.of(was.manager(), was.unit(), was.role(), was.grade(), was.hireDate()));
          continue;
        }
        Versioned<Employee> was = employeesBefore.get(now.value().id());
        if (was.value().manager().equals(Optional.of(employee(0)))) {
          assertThat(now.value()).isEqualTo(was.value().reportingTo(Optional.of(pseudonym)));
          assertThat(now.version()).isEqualTo(was.version() + 1);
        } else {
          assertThat(now).isEqualTo(was);
        }
      }
      assertThat(after.employees()).hasSize(employeesBefore.size());
      assertThat(after.graphVersion()).isEqualTo(before.graphVersion());
      assertThat(after.links()).isEqualTo(before.links());
      assertThat(after.measurements()).isEqualTo(before.measurements());
      assertThat(after.kpis()).isEqualTo(before.kpis());
      assertThat(after.units()).isEqualTo(before.units());
      assertThat(tenant.personalData().export(pseudonym).goals()).hasSize(owned.size());
      assertThat(snapshot(twin, employee(0), pseudonym)).isEqualTo(twinBefore);
    }

    @Test
    @DisplayName("erasure outside a unit of work fails with TransactionRequiredException and changes nothing")
    void erasureNeedsUnitOfWork() {
      TenantStore tenant = withGoalsOf(List.of(0, 1));
      Snapshot before = snapshot(tenant, employee(0), pseudonym);
      assertThatThrownBy(() -> tenant.personalData().erase(employee(0), pseudonym))
          .isInstanceOf(TransactionRequiredException.class);
      assertThat(snapshot(tenant, employee(0), pseudonym)).isEqualTo(before);
    }

    @Test
    @DisplayName("a pseudonym that is the employee, names someone already, or is null fails and changes nothing")
    void badPseudonymsFail() {
      TenantStore tenant = withGoalsOf(List.of(0, 1, 2));
      tenant.runInTransaction(
          work -> work.employees().insert(TckData.employee(EmployeeId.of("temp-9"), 9, Optional.of(EmployeeId.of("agency-1")), unitId(0))));
      Snapshot before = snapshot(tenant, employee(0), employee(1), pseudonym);
      EmployeeId nobody = null;
      try (UnitOfWork work = tenant.begin()) {
        for (EmployeeId taken : List.of(employee(0), employee(1), employee(3), EmployeeId.of("agency-1"))) {
          assertThatThrownBy(() -> work.personalData().erase(employee(0), taken))
              .as("pseudonym %s", taken)
              .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("pseudonym"));
        }
        assertThatThrownBy(() -> work.personalData().erase(employee(0), nobody))
            .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> work.personalData().erase(nobody, pseudonym))
            .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> work.personalData().export(nobody)).isInstanceOf(InvalidInputException.class);
        work.commit();
      }
      assertThat(snapshot(tenant, employee(0), employee(1), pseudonym)).isEqualTo(before);
    }

    @Test
    @DisplayName("erasing an employee the store knows nothing about changes nothing and says so")
    void erasingNobodyChangesNothing() {
      TenantStore tenant = withGoalsOf(List.of(1, 2, 3));
      EmployeeId stranger = EmployeeId.of("stranger");
      Snapshot before = snapshot(tenant, stranger, pseudonym);
      ErasureReport report = tenant.inTransaction(work -> work.personalData().erase(stranger, pseudonym));
      assertThat(report.nothingFound()).isTrue();
      assertThat(snapshot(tenant, stranger, pseudonym)).isEqualTo(before);
    }

    @Test
    @DisplayName("a unit of work sees its own erasure; others see it only after the commit")
    void erasureIsPartOfItsUnitOfWork() {
      TenantStore tenant = withGoalsOf(List.of(0, 0, 1));
      try (UnitOfWork work = tenant.begin()) {
        work.personalData().erase(employee(0), pseudonym);
        assertThat(work.personalData().export(employee(0)).isEmpty()).isTrue();
        assertThat(work.personalData().export(pseudonym).goals()).hasSize(2);
        assertThat(work.personalData().export(pseudonym).record()).isPresent();
        assertThat(tenant.personalData().export(employee(0)).goals()).hasSize(2);
        assertThat(tenant.personalData().export(pseudonym).isEmpty()).isTrue();
        work.commit();
      }
      assertThat(tenant.personalData().export(employee(0)).isEmpty()).isTrue();
      assertThat(tenant.personalData().export(pseudonym).goals()).hasSize(2);
    }
  }

  /** Tenant stores themselves. */
  @Nested
  @DisplayName("Tenants")
  class Tenants {
    @Test
    @DisplayName("every view of a tenant, however obtained, shows the same data and names its tenant")
    void viewsOfOneTenantAgree() {
      TenantId tenant = newTenant().tenant();
      TenantStore first = store().forTenant(tenant);
      TenantStore second = store().forTenant(TenantId.of(tenant.value()));
      Versioned<Goal> inserted = first.inTransaction(work -> work.goals().insert(goal(id(0), 0)));

      assertThat(second.goals().find(id(0))).contains(inserted);
      assertThat(first.tenant()).isEqualTo(tenant);
      assertThat(second.tenant()).isEqualTo(tenant);
      try (UnitOfWork work = second.begin()) {
        assertThat(work.tenant()).isEqualTo(tenant);
        assertThat(work.goals().find(id(0))).contains(inserted);
      }
    }

    @Test
    @DisplayName("many tenants written at once each hold exactly their own goals")
    void manyTenantsHoldTheirOwn() {
      List<TenantStore> stores = IntStream.range(0, 20).mapToObj(i -> newTenant()).collect(Collectors.toList());
      for (int t = 0; t < stores.size(); t++) {
        int goals = t;
        stores.get(t).runInTransaction(
            work -> work.goals().insertAll(IntStream.range(0, goals).mapToObj(n -> goal(id(n), n + goals)), 7));
      }
      for (int t = 0; t < stores.size(); t++) {
        TenantStore tenant = stores.get(t);
        assertThat(tenant.goals().count()).isEqualTo(t);
        for (int n = 0; n < t; n++) {
          assertThat(tenant.goals().find(id(n))).contains(Versioned.of(goal(id(n), n + t), 1));
        }
        assertThat(tenant.goals().find(id(t))).isEmpty();
      }
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
}
