package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckData.committedGoal;
import static dev.pillars.persistence.tck.TckGoals.goal;
import static dev.pillars.persistence.tck.TckGoals.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Many threads writing at once: conflicting updates of one goal, retried when stale, lose none,
 * and inserts of different goals all commit.
 *
 * <p>{@link PillarsStoreContract} runs it as a {@code @Nested} group.
 */
public abstract class ConcurrencyContract extends TenantContract {
  private static final int THREADS = 16;
  private static final int INCREMENTS = 10_000;

  /** Creates the group; a subclass says how to reach the store. */
  protected ConcurrencyContract() {}

  @Test
  @DisplayName("16 threads x 10,000 conflicting re-weightings of one goal (5,000 on a store at a lighter scale), retried when stale, lose none")
  void noUpdateIsLost() throws Exception {
    TenantStore tenant = newTenant();
    // the TCK's heaviest run, once per store (not per aggregate): full size, or half on a store that
    // declares a lighter scale (PostgreSQL: 16 x 10,000 conflicting commits take about 6 minutes of a
    // 2-core CI machine there, and the same store code runs at full size on H2)
    int increments = scaled(INCREMENTS) < INCREMENTS ? INCREMENTS / 2 : INCREMENTS;
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
                  while (commits < increments) {
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
      assertThat(total).isEqualTo(THREADS * increments);
    } finally {
      pool.shutdownNow();
    }
    Versioned<Goal> last = committedGoal(tenant, id);
    assertThat(last.version()).isEqualTo(1 + THREADS * increments);
    assertThat(last.value().weight()).isEqualTo(1.0 + THREADS * increments);
    assertThat(TckGoals.attributesExcept(last.value(), "weight"))
        .isEqualTo(TckGoals.attributesExcept(goal(id, 0), "weight"));
  }

  @Test
  @DisplayName("16 threads inserting different goals at once all commit")
  void concurrentInsertsOfDifferentIdsAllCommit() throws Exception {
    TenantStore tenant = newTenant();
    int perThread = scaled(500);
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
