package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckData.employee;
import static dev.pillars.persistence.tck.TckData.unitId;
import static dev.pillars.persistence.tck.TckGoals.employee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.spi.OrganisationRepository;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.TransactionStateException;
import dev.pillars.persistence.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link OrganisationRepository}: the snapshot assembles exactly the stored units
 * and employees, whatever order they were written in, from one consistent state, and reports
 * stored data that breaks the organisation's rules with core's exceptions.
 */
public abstract class OrganisationContract extends TenantContract {
  /** Creates the group; a subclass says how to reach the store. */
  protected OrganisationContract() {}

  /**
   * A generated organisation: for each unit the index of its parent (or -1), for each employee the
   * index of their manager (or -1) and of their unit. Parents and managers come earlier, so it is
   * always valid.
   *
   * @param unitParents each unit's parent index, or -1
   * @param managers each employee's manager index, or -1
   * @param units each employee's unit index
   */
  record Shape(List<Integer> unitParents, List<Integer> managers, List<Integer> units) {
    List<OrgUnit> unitList() {
      List<OrgUnit> list = new ArrayList<>();
      for (int u = 0; u < unitParents.size(); u++) {
        int parent = unitParents.get(u);
        list.add(new OrgUnit(unitId(u), "Unit " + u, parent < 0 ? Optional.empty() : Optional.of(unitId(parent))));
      }
      return list;
    }

    List<Employee> employeeList() {
      List<Employee> list = new ArrayList<>();
      for (int e = 0; e < managers.size(); e++) {
        int manager = managers.get(e);
        list.add(
            employee(
                employee(e),
                e,
                manager < 0 ? Optional.empty() : Optional.of(employee(manager)),
                unitId(units.get(e))));
      }
      return list;
    }
  }

  private static Gen<Shape> shapes() {
    return lists()
        .of(integers().between(0, 1_000))
        .ofSizeBetween(1, 6)
        .zip(
            lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 12),
            lists().of(integers().between(0, 1_000)).ofSizeBetween(12, 12),
            (unitSeeds, managerSeeds, unitOfEmployee) -> {
              List<Integer> parents = new ArrayList<>();
              for (int u = 0; u < unitSeeds.size(); u++) {
                parents.add(u == 0 || unitSeeds.get(u) % 3 == 0 ? -1 : unitSeeds.get(u) % u);
              }
              List<Integer> managers = new ArrayList<>();
              List<Integer> units = new ArrayList<>();
              for (int e = 0; e < managerSeeds.size(); e++) {
                managers.add(e == 0 || managerSeeds.get(e) % 4 == 0 ? -1 : managerSeeds.get(e) % e);
                units.add(unitOfEmployee.get(e) % unitSeeds.size());
              }
              return new Shape(parents, managers, units);
            });
  }

  @Test
  @DisplayName("the snapshot holds exactly the stored units and employees, written in any order, inside and after the unit of work")
  void snapshotHoldsWhatIsStored() {
    qt().withExamples(scaled(80))
        .forAll(shapes())
        .checkAssert(
            shape -> {
              TenantStore tenant = newTenant();
              Organisation expected = Organisation.of(tenant.tenant(), shape.unitList(), shape.employeeList());
              try (UnitOfWork work = tenant.begin()) {
                List<Employee> employees = new ArrayList<>(shape.employeeList());
                Collections.reverse(employees);
                work.employees().insertAll(employees.iterator(), 3);
                List<OrgUnit> units = new ArrayList<>(shape.unitList());
                Collections.reverse(units);
                units.forEach(work.orgUnits()::insert);
                assertThat(work.organisation().snapshot()).isEqualTo(expected);
                assertThat(tenant.organisation().snapshot())
                    .isEqualTo(Organisation.of(tenant.tenant(), List.of(), List.of()));
                work.commit();
              }
              Organisation stored = tenant.organisation().snapshot();
              assertThat(stored).isEqualTo(expected);
              assertThat(stored.employees()).containsExactlyInAnyOrderElementsOf(shape.employeeList());
              assertThat(newTenant().organisation().snapshot().employees()).isEmpty();
            });
  }

  @Test
  @DisplayName("stored data with a missing manager or a manager cycle fails the snapshot with core's exception and stays as it was")
  void brokenOrganisationsAreReported() {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(
        work -> {
          work.orgUnits().insert(OrgUnit.root(unitId(0), "Plant"));
          work.employees().insert(employee(employee(1), 1, Optional.of(employee(0)), unitId(0)));
        });
    assertThatThrownBy(() -> tenant.organisation().snapshot())
        .isInstanceOfSatisfying(
            UnknownReferenceException.class, e -> assertThat(e.getMessage()).contains(employee(0).toString()));
    assertThat(tenant.employees().count()).isEqualTo(1);

    tenant.runInTransaction(
        work -> work.employees().insert(employee(employee(0), 0, Optional.of(employee(1)), unitId(0))));
    assertThatThrownBy(() -> tenant.organisation().snapshot())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cycle");

    tenant.runInTransaction(
        work -> work.employees().update(employee(employee(0), 0, Optional.empty(), unitId(0)), 1));
    assertThat(tenant.organisation().snapshot().directReports(employee(0)))
        .extracting(Employee::id)
        .containsExactly(employee(1));
  }

  @Test
  @DisplayName("a snapshot never sees part of a commit, while employees move between units that come and go")
  void snapshotsSeeWholeCommits() throws Exception {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(
        work -> {
          work.orgUnits().insert(OrgUnit.root(unitId(0), "Unit 0"));
          work.employees().insert(employee(employee(0), 0, Optional.empty(), unitId(0)));
          work.employees().insert(employee(employee(1), 1, Optional.of(employee(0)), unitId(0)));
        });
    int moves = 300;
    AtomicBoolean moving = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> writer =
          pool.submit(
              () -> {
                try {
                  for (int m = 1; m <= moves; m++) {
                    OrgUnitId from = unitId(m - 1);
                    OrgUnitId to = unitId(m);
                    long version = m;
                    tenant.runInTransaction(
                        work -> {
                          work.orgUnits().insert(OrgUnit.root(to, "Unit " + to));
                          work.employees().update(employee(employee(0), 0, Optional.empty(), to), version);
                          work.employees().update(employee(employee(1), 1, Optional.of(employee(0)), to), version);
                          work.orgUnits().delete(from, 1);
                        });
                  }
                } finally {
                  moving.set(false);
                }
              });
      Future<Integer> reader =
          pool.submit(
              () -> {
                int snapshots = 0;
                do {
                  Organisation organisation = tenant.organisation().snapshot();
                  assertThat(organisation.units()).hasSize(1);
                  assertThat(organisation.members(organisation.units().get(0).id())).hasSize(2);
                  snapshots++;
                } while (moving.get());
                return snapshots;
              });
      writer.get(5, TimeUnit.MINUTES);
      assertThat(reader.get(5, TimeUnit.MINUTES)).isPositive();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("a snapshot through an ended unit of work fails with TransactionStateException")
  void endedUnitOfWorkRefusesSnapshots() {
    TenantStore tenant = newTenant();
    UnitOfWork work = tenant.begin();
    OrganisationRepository organisation = work.organisation();
    work.rollback();
    assertThatThrownBy(organisation::snapshot).isInstanceOf(TransactionStateException.class);
  }
}
