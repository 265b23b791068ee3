package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckData.instant;
import static dev.pillars.persistence.tck.TckData.unitId;
import static dev.pillars.persistence.tck.TckGoals.employee;
import static dev.pillars.persistence.tck.TckGoals.id;
import static dev.pillars.persistence.tck.TckGoals.individual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.TransactionStateException;
import dev.pillars.persistence.spi.UnitOfWork;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rule for a stream of a unit of work that outlives it: once the unit of work has committed or
 * rolled back, reading the stream on fails with {@link TransactionStateException}, whether it was
 * read before or not; it never ends early as if the data were all read.
 */
public abstract class StreamLifetimeContract extends TenantContract {
  /** How many rows each stream of a seeded tenant has. */
  private static final int ROWS = 5;

  /** Creates the group; a subclass says how to reach the store. */
  protected StreamLifetimeContract() {}

  /** Five goals of employee 0 reporting to nobody, five employees of unit 0 managed by employee 9, links and check-ins. */
  private TenantStore seeded() {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(
        work -> {
          for (int n = 0; n <= ROWS; n++) {
            work.goals().insert(individual(n, n, employee(0)));
          }
          for (int n = 1; n <= ROWS; n++) {
            work.employees().insert(TckData.employee(employee(n), n, Optional.of(employee(9)), unitId(0)));
            work.alignment().add(AlignmentLink.of(id(n), id(0)), n - 1);
            work.checkIns().append(new CheckIn(id(0), instant(n), 0.1 * n, 0.5, Optional.of("check-in " + n)));
          }
        });
    return tenant;
  }

  /** Every stream of a unit of work's repositories, each with {@value #ROWS} rows in a seeded tenant. */
  private static Map<String, Function<Repositories, Stream<?>>> streams() {
    return Map.of(
        "goals().streamByOwner", r -> r.goals().streamByOwner(GoalOwner.employee(employee(0))).filter(g -> !g.value().id().equals(id(0))),
        "employees().stream", r -> r.employees().stream(),
        "employees().streamByManager", r -> r.employees().streamByManager(employee(9)),
        "employees().streamByUnit", r -> r.employees().streamByUnit(unitId(0)),
        "alignment().stream", r -> r.alignment().stream(),
        "alignment().streamByParent", r -> r.alignment().streamByParent(id(0)),
        "checkIns().streamByGoal", r -> r.checkIns().streamByGoal(id(0)));
  }

  @Test
  @DisplayName("a stream read after its unit of work committed or rolled back fails, unread or half read")
  void streamsOutlivingTheirUnitOfWorkFail() {
    TenantStore tenant = seeded();
    streams()
        .forEach(
            (name, open) -> {
              for (boolean commit : List.of(true, false)) {
                for (int readBefore : List.of(0, 2)) {
                  UnitOfWork work = tenant.begin();
                  Stream<?> stream = open.apply(work);
                  Iterator<?> rows = stream.iterator();
                  IntStream.range(0, readBefore).forEach(i -> rows.next());
                  if (commit) {
                    work.commit();
                  } else {
                    work.rollback();
                  }
                  assertThatThrownBy(rows::hasNext)
                      .as("%s read after %d rows and a %s", name, readBefore, commit ? "commit" : "rollback")
                      .isInstanceOf(TransactionStateException.class)
                      .hasMessageContaining(tenant.tenant().value());
                  stream.close();
                }
              }
            });
  }

  @Test
  @DisplayName("a stream returned from inTransaction fails when read, and one read inside it has every row")
  void streamReturnedFromInTransactionFails() {
    TenantStore tenant = seeded();
    Stream<?> escaped = tenant.inTransaction(work -> work.checkIns().streamByGoal(id(0)));
    assertThatThrownBy(() -> escaped.count()).isInstanceOf(TransactionStateException.class);
    escaped.close();
    streams()
        .forEach(
            (name, open) -> {
              long rows =
                  tenant.inTransaction(
                      work -> {
                        try (Stream<?> stream = open.apply(work)) {
                          return stream.count();
                        }
                      });
              assertThat(rows).as(name).isEqualTo(ROWS);
            });
  }

  @Test
  @DisplayName("a stream of committed data outside any unit of work reads every row")
  void committedStreamsReadEveryRow() {
    TenantStore tenant = seeded();
    streams()
        .forEach(
            (name, open) -> {
              try (Stream<?> stream = open.apply(tenant)) {
                assertThat(stream.count()).as(name).isEqualTo(ROWS);
              }
            });
  }
}
