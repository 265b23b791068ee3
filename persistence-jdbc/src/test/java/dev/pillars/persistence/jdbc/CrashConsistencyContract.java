package dev.pillars.persistence.jdbc;

import static dev.pillars.persistence.jdbc.TestGoals.employee;
import static dev.pillars.persistence.jdbc.TestGoals.id;
import static dev.pillars.persistence.jdbc.TestGoals.individual;
import static dev.pillars.persistence.jdbc.TestGoals.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.TenantId;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.jdbc.FaultyDataSource.Fault;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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

  /** Returns the database, its tables migrated with the default options, through a pool. */
  abstract DataSource dataSource();

  /**
   * Returns the same database without a pool, for the store under test: a connection it closes
   * under the store is gone for good, rather than handed out again by a pool that did not notice.
   */
  abstract DataSource unpooled();

  /** Returns the faults this database can suffer. */
  abstract List<Fault> faults();

  private TenantId newTenant() {
    return TenantId.of(run + "-" + ++tenants);
  }

  private static void seed(TenantStore tenant) {
    tenant.runInTransaction(
        work -> {
          work.goals().insert(individual(0, 0, employee(0)));
          work.goals().insert(unit(1, 1));
          work.goals().insert(individual(2, 2, employee(0)));
          work.goals().insert(individual(3, 3, employee(1)));
        });
  }

  /** The steps of one unit of work that writes in every way the store can. */
  private static List<Consumer<UnitOfWork>> steps() {
    return List.of(
        work -> work.goals().insert(individual(10, 4, employee(0))),
        work -> work.goals().update(TestGoals.withWeight(individual(0, 0, employee(0)), 7), 1),
        work -> work.goals().delete(id(1), 1),
        work -> work.goals().insertAll(Stream.of(unit(11, 5), unit(12, 6), unit(13, 7)), 2),
        work -> work.goals().update(individual(10, 8, employee(0)), 1),
        work -> work.personalData().erase(employee(0), EmployeeId.of("erased-1")),
        work -> work.goals().update(individual(3, 9, employee(1)), 1),
        work -> work.goals().insert(unit(1, 10)),
        work -> work.goals().delete(id(12), 1));
  }

  private static List<Versioned<Goal>> goals(TenantStore tenant) {
    try (Stream<Versioned<Goal>> goals = tenant.goals().stream()) {
      return goals.sorted(Comparator.comparing(v -> v.value().id())).collect(Collectors.toList());
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
    FaultyDataSource faulty = new FaultyDataSource(unpooled(), dataSource());
    JdbcStore store = JdbcStore.create(faulty);
    for (boolean abandon : new boolean[] {false, true}) {
      int rounds = roundTrips(faulty, store, abandon);
      for (Fault fault : faults()) {
        for (int at = 0; at < rounds; at++) {
          TenantId id = newTenant();
          TenantStore tenant = store.forTenant(id);
          seed(JdbcStore.create(dataSource()).forTenant(id));
          Map<String, List<String>> before = TableDump.of(dataSource(), SchemaOptions.defaults());

          faulty.arm(at, fault);
          assertThatThrownBy(() -> runSteps(tenant, abandon))
              .as("%s at round trip %d of %d", fault, at, rounds)
              .isInstanceOfAny(PersistenceException.class, HostFailure.class);
          boolean fired = faulty.fired();
          faulty.disarm();

          assertThat(fired).as("%s at round trip %d of %d happened", fault, at, rounds).isTrue();
          assertThat(TableDump.of(dataSource(), SchemaOptions.defaults()))
              .as("tables after %s at round trip %d of %d%s", fault, at, rounds, abandon ? ", abandoned" : "")
              .isEqualTo(before);
        }
      }
    }
  }

  @Test
  void aCallThatFailsInsideAUnitOfWorkChangesNothingAndTheUnitOfWorkGoesOn() {
    FaultyDataSource faulty = new FaultyDataSource(unpooled(), dataSource());
    JdbcStore store = JdbcStore.create(faulty);
    int rounds = roundTrips(faulty, store, false);
    int committed = 0;
    for (int at = 0; at < rounds; at++) {
      TenantId id = newTenant();
      TenantStore tenant = store.forTenant(id);
      seed(JdbcStore.create(dataSource()).forTenant(id));
      Map<String, List<String>> before = TableDump.of(dataSource(), SchemaOptions.defaults());

      faulty.arm(at, Fault.THROW);
      List<Consumer<UnitOfWork>> steps = steps();
      int failedStep = -1;
      boolean commitFailed = false;
      try (UnitOfWork work = tenant.begin()) {
        for (int s = 0; s < steps.size(); s++) {
          boolean firedBefore = faulty.fired();
          try {
            steps.get(s).accept(work);
          } catch (PersistenceException e) {
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
        assertThat(TableDump.of(dataSource(), SchemaOptions.defaults()))
            .as("tables after a failed commit, fault at round trip %d", at)
            .isEqualTo(before);
      } else {
        committed++;
        assertThat(goals(tenant))
            .as("fault at round trip %d failed step %d", at, failedStep)
            .isEqualTo(reference(id, failedStep));
      }
    }
    assertThat(committed).as("units of work that committed despite a failed call").isGreaterThan(rounds / 2);
  }

  /** The goals the in-memory reference store holds after the same steps, one of them left out. */
  private static List<Versioned<Goal>> reference(TenantId id, int leftOut) {
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
            } catch (PersistenceException e) {
              // the same dependent failures as in the database
            }
          }
        });
    return goals(tenant);
  }

  @Test
  void aBulkInsertWhoseSourceFailsHalfwayLeavesNothingAndTheUnitOfWorkGoesOn() {
    PillarsStore store = JdbcStore.create(dataSource());
    TenantStore tenant = store.forTenant(newTenant());
    seed(tenant);
    Map<String, List<String>> before = TableDump.of(dataSource(), SchemaOptions.defaults());
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
    assertThat(TableDump.of(dataSource(), SchemaOptions.defaults())).isEqualTo(before);

    assertThatThrownBy(() -> tenant.runInTransaction(work -> work.goals().insertAll(failing, 2)))
        .hasMessage("the host's source failed");
    assertThat(TableDump.of(dataSource(), SchemaOptions.defaults())).isEqualTo(before);
  }
}
