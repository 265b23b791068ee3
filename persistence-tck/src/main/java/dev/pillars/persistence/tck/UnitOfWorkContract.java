package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckData.committedGoal;
import static dev.pillars.persistence.tck.TckData.instant;
import static dev.pillars.persistence.tck.TckData.kpiId;
import static dev.pillars.persistence.tck.TckData.measurement;
import static dev.pillars.persistence.tck.TckData.unitId;
import static dev.pillars.persistence.tck.TckGoals.employee;
import static dev.pillars.persistence.tck.TckGoals.goal;
import static dev.pillars.persistence.tck.TckGoals.id;
import static dev.pillars.persistence.tck.TckGoals.individual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.Organisation;
import dev.pillars.persistence.spi.GoalRepository;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.TransactionStateException;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Units of work across every repository: throwing, rolling back, closing or failing after any step
 * of a unit of work that touches every aggregate leaves no trace; committing makes every step
 * visible together; an ended unit of work refuses every call; and the transaction helpers commit,
 * roll back and pass exceptions on.
 *
 * <p>{@link PillarsStoreContract} runs it as a {@code @Nested} group.
 */
public abstract class UnitOfWorkContract extends TenantContract {
  private final EmployeeId pseudonym = EmployeeId.of("erased-1");
  private final EmployeeId[] people = {employee(0), employee(1), employee(2), pseudonym};

  /** Creates the group; a subclass says how to reach the store. */
  protected UnitOfWorkContract() {}

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
    TenantSnapshot before = TenantSnapshot.of(tenant, people);
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
      assertThat(TenantSnapshot.of(tenant, people)).as("after throwing at step %d", done).isEqualTo(before);
    }
  }

  @Test
  @DisplayName("rolling back or closing after any step of a unit of work spanning every repository leaves no trace")
  void rollingBackAfterAnyStepLeavesNoTrace() {
    TenantStore tenant = seeded();
    TenantSnapshot before = TenantSnapshot.of(tenant, people);
    List<Consumer<UnitOfWork>> steps = steps(tenant);
    for (int done = 0; done <= steps.size(); done++) {
      try (UnitOfWork work = tenant.begin()) {
        steps.subList(0, done).forEach(step -> step.accept(work));
        work.rollback();
        assertThat(work.isActive()).isFalse();
      }
      assertThat(TenantSnapshot.of(tenant, people)).as("after rolling back at step %d", done).isEqualTo(before);
      try (UnitOfWork work = tenant.begin()) {
        steps.subList(0, done).forEach(step -> step.accept(work));
      }
      assertThat(TenantSnapshot.of(tenant, people)).as("after closing at step %d", done).isEqualTo(before);
    }
  }

  @Test
  @DisplayName("a failing write at any step of a unit of work fails it as a whole and leaves no trace")
  void failingAtAnyStepLeavesNoTrace() {
    TenantStore tenant = seeded();
    TenantSnapshot before = TenantSnapshot.of(tenant, people);
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
      assertThat(TenantSnapshot.of(tenant, people)).as("after failing at step %d", done).isEqualTo(before);
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
    TenantSnapshot before = TenantSnapshot.of(tenant, people);
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
    assertThat(TenantSnapshot.of(tenant, people)).isEqualTo(before);
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
    TenantSnapshot before = TenantSnapshot.of(tenant, people);
    try (UnitOfWork work = tenant.begin()) {
      assertThat(work.isActive()).isTrue();
      assertThat(work.tenant()).isEqualTo(tenant.tenant());
      assertThat(work.goals().count()).isEqualTo(4);
      assertThat(work.alignment().count()).isEqualTo(2);
      work.commit();
    }
    assertThat(TenantSnapshot.of(tenant, people)).isEqualTo(before);
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
