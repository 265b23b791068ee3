package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckGoals.employee;
import static dev.pillars.persistence.tck.TckGoals.goal;
import static dev.pillars.persistence.tck.TckGoals.id;
import static dev.pillars.persistence.tck.TckGoals.individual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tenant's commit counter ({@link TenantStore#commits()}) and each commit's number ({@link
 * UnitOfWork#commitNumber()}): consecutive numbers in commit order for the units of work that
 * wrote, none for the others, every number exactly once under concurrent commits, and tenants
 * counted apart.
 *
 * <p>{@link PillarsStoreContract} runs it as a {@code @Nested} group.
 */
public abstract class CommitCounterContract extends TenantContract {
  private static final int THREADS = 4;
  private static final int COMMITS_PER_THREAD = 25;

  /** Creates the group; a subclass says how to reach the store. */
  protected CommitCounterContract() {}

  /** Commits a unit of work that inserts goal {@code n} and returns its number. */
  private static long commitGoal(TenantStore tenant, int n) {
    try (UnitOfWork work = tenant.begin()) {
      work.goals().insert(goal(id(n), n));
      assertThat(work.commitNumber()).as("while active").isEmpty();
      work.commit();
      assertThat(work.commitNumber()).as("after its commit").isPresent();
      return work.commitNumber().getAsLong();
    }
  }

  @Test
  @DisplayName("a tenant never written has 0; each writing commit gets the next number, and commits() shows it")
  void numbersAreConsecutive() {
    TenantStore tenant = newTenant();
    assertThat(tenant.commits()).isZero();
    for (int n = 0; n < 3; n++) {
      assertThat(commitGoal(tenant, n)).isEqualTo(n + 1);
      assertThat(tenant.commits()).isEqualTo(n + 1);
    }
    long[] number = new long[1];
    tenant.runInTransaction(work -> work.goals().insert(goal(id(9), 9)));
    try (UnitOfWork work = tenant.begin()) {
      work.goals().delete(id(9), 1);
      work.commit();
      number[0] = work.commitNumber().orElseThrow();
    }
    assertThat(number[0]).isEqualTo(5);
    assertThat(tenant.commits()).isEqualTo(5);
  }

  @Test
  @DisplayName("rollback, close, a commit of reads only, and failed writes give no number and leave the counter")
  void noNumberWithoutCommittedWrites() {
    TenantStore tenant = newTenant();
    commitGoal(tenant, 0);

    UnitOfWork rolledBack = tenant.begin();
    rolledBack.goals().insert(goal(id(1), 1));
    rolledBack.rollback();
    UnitOfWork closed = tenant.begin();
    closed.goals().insert(goal(id(2), 2));
    closed.close();
    UnitOfWork reading = tenant.begin();
    assertThat(reading.goals().count()).isEqualTo(1);
    reading.commit();
    UnitOfWork failing = tenant.begin();
    assertThatThrownBy(() -> failing.goals().insert(goal(id(0), 5))).isInstanceOf(PersistenceException.class);
    failing.commit();

    for (UnitOfWork work : List.of(rolledBack, closed, reading, failing)) {
      assertThat(work.commitNumber()).as("%s", work).isEqualTo(OptionalLong.empty());
    }
    assertThat(tenant.commits()).isEqualTo(1);
    assertThat(commitGoal(tenant, 3)).isEqualTo(2);
  }

  @Test
  @DisplayName("a commit that fails gives no number and leaves the counter")
  void failedCommitGivesNoNumber() {
    TenantStore tenant = newTenant();
    EmployeeId erased = employee(7);
    tenant.runInTransaction(work -> work.employees().insert(TckData.employee(erased, 0)));
    UnitOfWork erasure = tenant.begin();
    erasure.personalData().erase(erased, EmployeeId.of("erased-0c4d2e"));
    // committed meanwhile: a goal of the erased employee, which the erasure's commit must refuse
    tenant.runInTransaction(work -> work.goals().insert(individual(0, 0, erased)));
    assertThatThrownBy(erasure::commit).isInstanceOf(PersistenceException.class);

    assertThat(erasure.commitNumber()).isEmpty();
    assertThat(tenant.commits()).isEqualTo(2);
    assertThat(commitGoal(tenant, 1)).isEqualTo(3);
  }

  @Test
  @DisplayName("tenants are counted apart")
  void tenantsAreIndependent() {
    TenantStore first = newTenant();
    TenantStore second = newTenant();
    commitGoal(first, 0);
    commitGoal(first, 1);
    assertThat(second.commits()).isZero();
    assertThat(commitGoal(second, 0)).isEqualTo(1);
    assertThat(first.commits()).isEqualTo(2);
    assertThat(second.commits()).isEqualTo(1);
  }

  @Test
  @DisplayName("4 threads x 25 writing commits get exactly the numbers 1 to 100, each once")
  void concurrentCommitsGetEveryNumberOnce() throws Exception {
    TenantStore tenant = newTenant();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Long>>> threads = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        threads.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Long> numbers = new ArrayList<>();
                  for (int i = 0; i < COMMITS_PER_THREAD; i++) {
                    numbers.add(commitGoal(tenant, thread * COMMITS_PER_THREAD + i));
                  }
                  return numbers;
                }));
      }
      start.countDown();
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> numbers : threads) {
        List<Long> ofThread = numbers.get(5, TimeUnit.MINUTES);
        assertThat(ofThread).as("one thread's numbers rise").isSorted();
        all.addAll(ofThread);
      }
      Collections.sort(all);
      int total = THREADS * COMMITS_PER_THREAD;
      assertThat(all).isEqualTo(LongStream.rangeClosed(1, total).boxed().collect(Collectors.toList()));
      assertThat(tenant.commits()).isEqualTo(total);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("property: after any sequence of units of work, the counter is the number of writing commits, each numbered in turn")
  void counterCountsWritingCommits() {
    // 0: commit with a write; 1: commit of reads only; 2: rollback after a write; 3: close after a write
    qt().withExamples(scaled(40))
        .forAll(lists().of(integers().between(0, 3)).ofSizeBetween(1, 8))
        .checkAssert(
            ends -> {
              TenantStore tenant = newTenant();
              long expected = 0;
              int n = 0;
              for (int end : ends) {
                UnitOfWork work = tenant.begin();
                if (end != 1) {
                  work.goals().insert(goal(id(n), n));
                  n++;
                }
                if (end <= 1) {
                  work.commit();
                } else if (end == 2) {
                  work.rollback();
                } else {
                  work.close();
                }
                if (end == 0) {
                  expected++;
                  assertThat(work.commitNumber()).as("%s", ends).hasValue(expected);
                } else {
                  assertThat(work.commitNumber()).as("%s", ends).isEmpty();
                }
                assertThat(tenant.commits()).as("%s", ends).isEqualTo(expected);
              }
            });
  }
}
