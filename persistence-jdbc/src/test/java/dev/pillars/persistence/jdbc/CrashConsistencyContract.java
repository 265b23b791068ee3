package dev.pillars.persistence.jdbc;

import static dev.pillars.persistence.tck.TckGoals.employee;
import static dev.pillars.persistence.tck.TckGoals.id;
import static dev.pillars.persistence.tck.TckGoals.individual;
import static dev.pillars.persistence.tck.TckGoals.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.jdbc.FaultyDataSource.Fault;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.persistence.tck.TckGoals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Crash consistency: a unit of work interrupted at any round trip to the database (the connection
 * closed or killed under it, or the driver throwing) leaves every table exactly as it was, compared
 * as full dumps; and a call that fails inside a unit of work changes nothing while the unit of work
 * goes on. Run once per database by a subclass.
 */
abstract class CrashConsistencyContract {
  private final String run = "crash-" + UUID.randomUUID().toString().substring(0, 8);
  private int tenants;

  /** The database, its tables in a database or schema of their own, so that dumps are small. */
  private final MigratedDatabase database;

  /** The faults this database can suffer. */
  private final List<Fault> faults;

  /**
   * Runs the contract on a database; the store under test reaches it without a pool, so that a
   * connection closed under the store is gone for good, rather than handed out again by a pool that
   * did not notice.
   */
  CrashConsistencyContract(MigratedDatabase database, List<Fault> faults) {
    this.database = database;
    this.faults = faults;
  }

  private JdbcStore store(DataSource dataSource) {
    return JdbcStore.builder(dataSource).options(database.options()).build();
  }

  private TenantId newTenant() {
    return TenantId.of(run + "-" + ++tenants);
  }

  private static final Instant T0 = Instant.parse("2026-02-02T08:00:00.123456789Z");

  private static Employee person(int n, Optional<Integer> manager, int unit) {
    return Employee.builder()
        .id(employee(n))
        .displayName("Person " + n)
        .manager(manager.map(TckGoals::employee))
        .unit(OrgUnitId.of("u-" + unit))
        .role("Operator")
        .grade("G" + (3 + n))
        .hireDate(LocalDate.of(2020, 1, 1).plusDays(n))
        .putAllAttributes(Map.of("site", "North " + n))
        .build();
  }

  private static KpiDefinition kpi(int n) {
    return KpiDefinition.builder()
        .id(KpiId.of("k-" + n))
        .name("KPI " + n)
        .unit("%")
        .direction(Direction.LOWER_IS_BETTER)
        .aggregation(Aggregation.MEAN)
        .frequency(Frequency.WEEKLY)
        .build();
  }

  private static Measurement measurement(int kpi, int day, double value) {
    return Measurement.of(KpiId.of("k-" + kpi), LocalDate.of(2026, 2, 1).plusDays(day), T0.plusSeconds(day), value);
  }

  /** A later recording of the same date: a correction. */
  private static Measurement correction(int kpi, int day, double value) {
    return Measurement.of(
        KpiId.of("k-" + kpi), LocalDate.of(2026, 2, 1).plusDays(day), T0.plusSeconds(3_600 + day).plusNanos(7), value);
  }

  private static CheckIn checkIn(int goal, int hour, String comment) {
    return new CheckIn(id(goal), T0.plusSeconds(3600L * hour), 0.1 * hour, 0.8, Optional.of(comment));
  }

  private static void seed(TenantStore tenant) {
    tenant.runInTransaction(
        work -> {
          work.goals().insert(individual(0, 0, employee(0)));
          work.goals().insert(unit(1, 1));
          work.goals().insert(individual(2, 2, employee(0)));
          work.goals().insert(individual(3, 3, employee(1)));
          work.orgUnits().insert(OrgUnit.root(OrgUnitId.of("u-0"), "Plant"));
          work.employees().insert(person(0, Optional.empty(), 0));
          work.employees().insert(person(1, Optional.of(0), 0));
          work.kpiDefinitions().insert(kpi(0));
          work.measurements().append(measurement(0, 0, 4.5));
          work.checkIns().append(checkIn(0, 0, "started"));
          work.alignment().add(AlignmentLink.of(id(3), id(0), 2), 0);
        });
  }

  /** The steps of one unit of work that writes to every repository in every way the store can. */
  private static List<Consumer<UnitOfWork>> steps() {
    return List.of(
        work -> work.goals().insert(individual(10, 4, employee(0))),
        work -> work.goals().update(TckGoals.withWeight(individual(0, 0, employee(0)), 7), 1),
        work -> work.goals().delete(id(1), 1),
        work -> work.goals().insertAll(Stream.of(unit(11, 5), unit(12, 6), unit(13, 7)), 2),
        work -> work.goals().update(individual(10, 8, employee(0)), 1),
        work -> work.orgUnits().insert(new OrgUnit(OrgUnitId.of("u-1"), "Line 1", Optional.of(OrgUnitId.of("u-0")))),
        work -> work.employees().insert(person(2, Optional.of(0), 1)),
        work -> work.employees().update(person(1, Optional.of(0), 1), 1),
        work -> work.kpiDefinitions().insert(kpi(1)),
        work -> work.measurements().append(measurement(0, 1, 4.25)),
        work -> work.measurements().appendAll(
            List.of(measurement(0, 2, 4.0), measurement(1, 1, 9.0), correction(0, 1, 4.3)).iterator(), 2),
        work -> work.checkIns().append(checkIn(0, 1, "halfway")),
        work -> work.checkIns().appendAll(List.of(checkIn(2, 1, "begun"), checkIn(3, 2, "late")).iterator(), 1),
        work -> work.alignment().add(AlignmentLink.of(id(2), id(0), 1), 1),
        work -> work.alignment().addAll(
            List.of(AlignmentLink.of(id(11), id(13)), AlignmentLink.of(id(12), id(13), 3)).iterator(), 1, 2),
        work -> work.alignment().remove(id(3), id(0), 3),
        work -> work.personalData().erase(employee(0), EmployeeId.of("erased-1")),
        work -> work.goals().update(individual(3, 9, employee(1)), 1),
        work -> work.goals().insert(unit(1, 10)),
        work -> work.kpiDefinitions().delete(KpiId.of("k-1"), 1),
        work -> work.alignment().remove(id(12), id(13), 4),
        work -> work.goals().delete(id(12), 1));
  }

  /** Everything a tenant holds, read through the SPI, in a fixed order. */
  private static List<Object> state(TenantStore tenant) {
    List<Object> state = new ArrayList<>();
    state.add(sorted(tenant.goals().stream()));
    state.add(sorted(tenant.employees().stream()));
    state.add(sorted(tenant.orgUnits().stream()));
    state.add(sorted(tenant.kpiDefinitions().stream()));
    state.add(tenant.alignment().graphVersion());
    state.add(sorted(tenant.alignment().stream()));
    for (int k = 0; k < 2; k++) {
      state.add(tenant.measurements().history(KpiId.of("k-" + k), LocalDate.MIN, LocalDate.MAX));
    }
    for (int g : new int[] {0, 1, 2, 3, 10, 11, 12, 13}) {
      state.add(tenant.checkIns().history(id(g)));
    }
    state.add(tenant.personalData().export(EmployeeId.of("erased-1")));
    return state;
  }

  private static List<String> sorted(Stream<?> stream) {
    try (stream) {
      return stream.map(Object::toString).sorted().collect(Collectors.toList());
    }
  }


  /** Thrown by the host after the last step, so that the unit of work rolls back. */
  private static final class HostFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HostFailure() {
      super("the host gave up after the last step");
    }
  }

  /** Runs every step in one unit of work that commits, or that the host abandons by throwing. */
  private static void runSteps(TenantStore tenant, boolean abandon) {
    tenant.runInTransaction(
        work -> {
          steps().forEach(step -> step.accept(work));
          if (abandon) {
            throw new HostFailure();
          }
        });
  }

  /** Counts the round trips of the whole unit of work when the database does not fail. */
  private int roundTrips(FaultyDataSource faulty, JdbcStore store, boolean abandon) {
    TenantStore tenant = store.forTenant(newTenant());
    seed(tenant);
    faulty.disarm();
    try {
      runSteps(tenant, abandon);
    } catch (HostFailure expected) {
      assertThat(abandon).isTrue();
    }
    int rounds = faulty.rounds();
    assertThat(rounds).as("round trips of the unit of work").isGreaterThan(steps().size());
    return rounds;
  }

  @Test
  void aUnitOfWorkInterruptedAtAnyRoundTripLeavesEveryTableAsItWas() {
    FaultyDataSource faulty = new FaultyDataSource(database.unpooled(), database.pooled());
    JdbcStore store = store(faulty);
    for (boolean abandon : new boolean[] {false, true}) {
      int rounds = roundTrips(faulty, store, abandon);
      // an abandoned unit of work makes the same round trips as a committed one up to its end,
      // where it rolls back instead: only that last round trip is new
      int first = abandon ? rounds - 1 : 0;
      for (Fault fault : faults) {
        for (int at = first; at < rounds; at++) {
          TenantId id = newTenant();
          TenantStore tenant = store.forTenant(id);
          seed(store(database.pooled()).forTenant(id));
          Map<String, List<String>> before = TableDump.of(database.pooled(), database.options());

          faulty.arm(at, fault);
          assertThatThrownBy(() -> runSteps(tenant, abandon))
              .as("%s at round trip %d of %d", fault, at, rounds)
              .isInstanceOfAny(PersistenceException.class, HostFailure.class);
          boolean fired = faulty.fired();
          faulty.disarm();

          assertThat(fired).as("%s at round trip %d of %d happened", fault, at, rounds).isTrue();
          assertThat(TableDump.of(database.pooled(), database.options()))
              .as("tables after %s at round trip %d of %d%s", fault, at, rounds, abandon ? ", abandoned" : "")
              .isEqualTo(before);
        }
      }
    }
  }

  @Test
  void aCallThatFailsInsideAUnitOfWorkChangesNothingAndTheUnitOfWorkGoesOn() {
    FaultyDataSource faulty = new FaultyDataSource(database.unpooled(), database.pooled());
    JdbcStore store = store(faulty);
    int rounds = roundTrips(faulty, store, false);
    int committed = 0;
    for (int at = 0; at < rounds; at++) {
      TenantId id = newTenant();
      TenantStore tenant = store.forTenant(id);
      seed(store(database.pooled()).forTenant(id));
      Map<String, List<String>> before = TableDump.of(database.pooled(), database.options());

      faulty.arm(at, Fault.THROW);
      List<Consumer<UnitOfWork>> steps = steps();
      int failedStep = -1;
      boolean commitFailed = false;
      try (UnitOfWork work = tenant.begin()) {
        for (int s = 0; s < steps.size(); s++) {
          boolean firedBefore = faulty.fired();
          try {
            steps.get(s).accept(work);
          } catch (PersistenceException | InvalidInputException e) {
            // a failed call: it must have changed nothing, so the unit of work goes on
          }
          if (faulty.fired() && !firedBefore) {
            failedStep = s;
          }
        }
        try {
          work.commit();
        } catch (PersistenceException e) {
          commitFailed = true;
        }
      } catch (PersistenceException beginFailed) {
        commitFailed = true;
      }
      faulty.disarm();

      if (commitFailed) {
        assertThat(TableDump.of(database.pooled(), database.options()))
            .as("tables after a failed commit, fault at round trip %d", at)
            .isEqualTo(before);
      } else {
        committed++;
        assertThat(state(store(database.pooled()).forTenant(id)))
            .as("fault at round trip %d failed step %d", at, failedStep)
            .isEqualTo(reference(id, failedStep));
      }
    }
    assertThat(committed).as("units of work that committed despite a failed call").isGreaterThan(rounds / 2);
  }

  /** What the in-memory reference store holds after the same steps, one of them left out. */
  private static List<Object> reference(TenantId id, int leftOut) {
    PillarsStore memory = MemoryStore.create();
    TenantStore tenant = memory.forTenant(id);
    seed(tenant);
    List<Consumer<UnitOfWork>> steps = steps();
    tenant.runInTransaction(
        work -> {
          for (int s = 0; s < steps.size(); s++) {
            if (s == leftOut) {
              continue;
            }
            try {
              steps.get(s).accept(work);
            } catch (PersistenceException | InvalidInputException e) {
              // the same dependent failures as in the database
            }
          }
        });
    return state(tenant);
  }

  @Test
  void aBulkInsertWhoseSourceFailsHalfwayLeavesNothingAndTheUnitOfWorkGoesOn() {
    PillarsStore store = store(database.pooled());
    TenantStore tenant = store.forTenant(newTenant());
    seed(tenant);
    Map<String, List<String>> before = TableDump.of(database.pooled(), database.options());
    Iterator<Goal> failing =
        new Iterator<>() {
          private int n = 20;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Goal next() {
            if (n == 27) {
              throw new IllegalStateException("the host's source failed");
            }
            return unit(n++, n);
          }
        };

    try (UnitOfWork work = tenant.begin()) {
      work.goals().insert(unit(19, 3));
      assertThatThrownBy(() -> work.goals().insertAll(failing, 3)).hasMessage("the host's source failed");
      assertThat(work.goals().count()).isEqualTo(5);
      assertThat(work.goals().find(id(20))).isEmpty();
      work.rollback();
    }
    assertThat(TableDump.of(database.pooled(), database.options())).isEqualTo(before);

    assertThatThrownBy(() -> tenant.runInTransaction(work -> work.goals().insertAll(failing, 2)))
        .hasMessage("the host's source failed");
    assertThat(TableDump.of(database.pooled(), database.options())).isEqualTo(before);
  }
}
