package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckGoals.goal;
import static dev.pillars.persistence.tck.TckGoals.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A unit of work begun on a thread that holds another one of the same tenant, both writing the same
 * data: the store never makes the thread wait for itself. One of the two fails promptly with a
 * {@link PersistenceException} (a stale version, or a bounded lock wait, as the store documents) and
 * changes nothing; the other commits.
 */
public abstract class NestedUnitOfWorkContract extends TenantContract {
  /** Creates the group; a subclass says how to reach the store. */
  protected NestedUnitOfWorkContract() {}

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName("a nested unit of work updating the goal its outer one updated fails or fails the outer, promptly")
  void nestedUpdatesOfOneGoalNeverHang() {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(work -> work.goals().insert(goal(id(0), 0)));
    Goal outerWrite = TckGoals.withWeight(goal(id(0), 0), 2);
    Goal innerWrite = TckGoals.withWeight(goal(id(0), 0), 3);
    Throwable inner;
    Throwable outerCommit;
    try (UnitOfWork outer = tenant.begin()) {
      outer.goals().update(outerWrite, 1);
      inner = catchThrowable(() -> tenant.runInTransaction(work -> work.goals().update(innerWrite, 1)));
      outerCommit = catchThrowable(outer::commit);
    }
    assertThat(inner == null).as("exactly one of the two commits: inner %s, outer %s", inner, outerCommit).isNotEqualTo(outerCommit == null);
    for (Throwable failure : new Throwable[] {inner, outerCommit}) {
      if (failure != null) {
        assertThat(failure).isInstanceOf(PersistenceException.class);
      }
    }
    assertThat(tenant.goals().find(id(0))).contains(Versioned.of(inner == null ? innerWrite : outerWrite, 2));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName("nested units of work adding links to one graph never hang, and one of them commits")
  void nestedGraphWritesNeverHang() {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(work -> work.goals().insertAll(List.of(goal(id(0), 3), goal(id(1), 0), goal(id(2), 1)).iterator(), 3));
    Throwable inner;
    Throwable outerCommit;
    try (UnitOfWork outer = tenant.begin()) {
      outer.alignment().add(AlignmentLink.of(id(1), id(0)), 0);
      inner = catchThrowable(() -> tenant.runInTransaction(work -> work.alignment().add(AlignmentLink.of(id(2), id(0)), 0)));
      outerCommit = catchThrowable(outer::commit);
    }
    assertThat(inner == null).as("inner %s, outer %s", inner, outerCommit).isNotEqualTo(outerCommit == null);
    assertThat(tenant.alignment().graphVersion()).isEqualTo(1);
    assertThat(tenant.alignment().count()).isEqualTo(1);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName("a failed nested write leaves its unit of work usable for other writes")
  void nestedUnitOfWorkStaysUsable() {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(work -> work.goals().insert(goal(id(0), 0)));
    try (UnitOfWork outer = tenant.begin()) {
      outer.goals().update(TckGoals.withWeight(goal(id(0), 0), 2), 1);
      tenant.runInTransaction(
          work -> {
            Throwable failed = catchThrowable(() -> work.goals().update(TckGoals.withWeight(goal(id(0), 0), 3), 1));
            if (failed != null) {
              assertThat(failed).isInstanceOf(PersistenceException.class);
            }
            work.goals().insert(goal(id(1), 1));
          });
      outer.rollback();
    }
    assertThat(tenant.goals().find(id(1))).isPresent();
  }
}
