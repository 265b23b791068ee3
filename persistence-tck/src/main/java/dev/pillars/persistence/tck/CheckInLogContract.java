package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckData.instant;
import static dev.pillars.persistence.tck.TckGoals.goal;
import static dev.pillars.persistence.tck.TckGoals.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.CheckInHistory;
import dev.pillars.core.goal.GoalId;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.CheckInLog;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.TransactionRequiredException;
import dev.pillars.persistence.spi.TransactionStateException;
import dev.pillars.persistence.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link CheckInLog}: append-only check-ins per goal, read oldest first, one per
 * goal and instant, only for goals that exist, deleted with their goal, and appends of concurrent
 * units of work that never conflict otherwise. Checked by examples and by a model-based property
 * over two tenants.
 */
public abstract class CheckInLogContract extends TenantContract {
  /** Goals 0 and 1 exist in a seeded tenant; goal 2 does not. */
  private static final int GOALS = 3;

  private static final int INSTANTS = 5;

  /** Creates the group; a subclass says how to reach the store. */
  protected CheckInLogContract() {}

  private static CheckIn checkIn(int goal, int at, int variant) {
    Optional<String> comment = variant % 3 == 0 ? Optional.empty() : Optional.of("Comment " + variant + " on " + id(goal));
    return new CheckIn(id(goal), instant(at), Math.floorMod(variant, 11) / 10.0, Math.floorMod(variant * 7, 5) / 4.0, comment);
  }

  /** Returns a tenant holding goals 0 to {@code count - 1}. */
  private TenantStore withGoals(int count) {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(work -> work.goals().insertAll(IntStream.range(0, count).mapToObj(n -> goal(id(n), n)), 8));
    return tenant;
  }

  private static List<CheckIn> of(CheckInLog log, int goal) {
    try (Stream<CheckIn> stream = log.streamByGoal(id(goal))) {
      return stream.collect(Collectors.toList());
    }
  }

  private static Map<Integer, List<CheckIn>> contents(CheckInLog log) {
    Map<Integer, List<CheckIn>> contents = new HashMap<>();
    for (int g = 0; g < GOALS; g++) {
      contents.put(g, of(log, g));
    }
    return contents;
  }

  @Test
  @DisplayName("check-ins come back oldest first, whatever order they were appended in, as core's history")
  void checkInsAreReadInTimeOrder() {
    TenantStore tenant = withGoals(2);
    CheckIn second = checkIn(0, 2, 1);
    CheckIn first = checkIn(0, 0, 3);
    CheckIn third = checkIn(0, 4, 2);
    tenant.runInTransaction(work -> work.checkIns().append(second));
    tenant.runInTransaction(work -> work.checkIns().appendAll(List.of(third, first).iterator(), 1));
    CheckInLog log = tenant.checkIns();

    assertThat(of(log, 0)).containsExactly(first, second, third);
    assertThat(log.history(id(0))).isEqualTo(CheckInHistory.of(id(0), List.of(first, second, third)));
    assertThat(log.latest(id(0))).contains(third);
    assertThat(log.count(id(0))).isEqualTo(3);
    assertThat(of(log, 1)).isEmpty();
    assertThat(log.history(id(1))).isEqualTo(CheckInHistory.empty(id(1)));
    assertThat(log.latest(id(1))).isEmpty();
    assertThat(log.count(id(2))).isZero();
  }

  @Test
  @DisplayName("a second check-in on a goal at the same instant fails, whatever it says, and changes nothing")
  void duplicatesFail() {
    TenantStore tenant = withGoals(2);
    tenant.runInTransaction(work -> work.checkIns().append(checkIn(0, 1, 1)));
    Map<Integer, List<CheckIn>> before = contents(tenant.checkIns());
    try (UnitOfWork work = tenant.begin()) {
      assertThatThrownBy(() -> work.checkIns().append(checkIn(0, 1, 2)))
          .isInstanceOfSatisfying(
              DuplicateAggregateException.class, e -> assertThat(e.aggregateType()).isEqualTo("CheckIn"));
      work.checkIns().append(checkIn(1, 1, 2));
      assertThatThrownBy(() -> work.checkIns().appendAll(List.of(checkIn(0, 2, 1), checkIn(0, 2, 4)).iterator(), 1))
          .isInstanceOf(DuplicateAggregateException.class);
      assertThat(work.checkIns().count(id(0))).isEqualTo(1);
      work.rollback();
    }
    assertThat(contents(tenant.checkIns())).isEqualTo(before);
  }

  @Test
  @DisplayName("a check-in on a goal that does not exist, here or only in another tenant, fails with AggregateNotFoundException")
  void unknownGoalsFail() {
    TenantStore tenant = withGoals(2);
    withGoals(3);
    try (UnitOfWork work = tenant.begin()) {
      assertThatThrownBy(() -> work.checkIns().append(checkIn(2, 0, 1)))
          .isInstanceOfSatisfying(
              AggregateNotFoundException.class,
              e -> {
                assertThat(e.aggregateType()).isEqualTo("Goal");
                assertThat(e.aggregateId()).isEqualTo(id(2).toString());
              });
      assertThatThrownBy(() -> work.checkIns().appendAll(List.of(checkIn(0, 0, 1), checkIn(2, 0, 1)).iterator(), 5))
          .isInstanceOf(AggregateNotFoundException.class);
      assertThat(work.checkIns().count(id(0))).isZero();
      work.commit();
    }
    assertThat(contents(tenant.checkIns()).values()).allMatch(List::isEmpty);
  }

  @Test
  @DisplayName("deleting a goal deletes its check-ins with it; inserted again, it starts without any")
  void deletingAGoalDeletesItsCheckIns() {
    TenantStore tenant = withGoals(2);
    tenant.runInTransaction(
        work -> work.checkIns().appendAll(List.of(checkIn(0, 0, 1), checkIn(0, 1, 2), checkIn(1, 0, 3)).iterator(), 2));
    try (UnitOfWork work = tenant.begin()) {
      work.checkIns().append(checkIn(0, 2, 4));
      work.goals().delete(id(0), 1);
      assertThat(work.checkIns().count(id(0))).isZero();
      assertThatThrownBy(() -> work.checkIns().append(checkIn(0, 3, 5))).isInstanceOf(AggregateNotFoundException.class);
      assertThat(tenant.checkIns().count(id(0))).isEqualTo(2);
      work.commit();
    }
    assertThat(tenant.checkIns().count(id(0))).isZero();
    assertThat(tenant.checkIns().count(id(1))).isEqualTo(1);
    tenant.runInTransaction(work -> work.goals().insert(goal(id(0), 7)));
    assertThat(of(tenant.checkIns(), 0)).isEmpty();
  }

  @Test
  @DisplayName("a unit of work reads its own appends; nobody else does until it commits")
  void uncommittedAppendsAreInvisible() {
    TenantStore tenant = withGoals(1);
    tenant.runInTransaction(work -> work.checkIns().append(checkIn(0, 2, 1)));
    try (UnitOfWork work = tenant.begin()) {
      work.checkIns().append(checkIn(0, 1, 2));
      assertThat(of(work.checkIns(), 0)).containsExactly(checkIn(0, 1, 2), checkIn(0, 2, 1));
      assertThat(work.checkIns().latest(id(0))).contains(checkIn(0, 2, 1));
      assertThat(of(tenant.checkIns(), 0)).containsExactly(checkIn(0, 2, 1));
      work.commit();
    }
    assertThat(of(tenant.checkIns(), 0)).containsExactly(checkIn(0, 1, 2), checkIn(0, 2, 1));
  }

  @Test
  @DisplayName("appends outside a unit of work, through an ended one, or with bad arguments fail and change nothing")
  void badCallsFail() {
    TenantStore tenant = withGoals(1);
    tenant.runInTransaction(work -> work.checkIns().append(checkIn(0, 2, 1)));
    Map<Integer, List<CheckIn>> before = contents(tenant.checkIns());
    assertThatThrownBy(() -> tenant.checkIns().append(checkIn(0, 3, 1))).isInstanceOf(TransactionRequiredException.class);
    assertThatThrownBy(() -> tenant.checkIns().appendAll(List.of(checkIn(0, 3, 1)).iterator(), 1))
        .isInstanceOf(TransactionRequiredException.class);

    CheckIn none = null;
    GoalId noGoal = null;
    Iterator<CheckIn> noCheckIns = null;
    try (UnitOfWork work = tenant.begin()) {
      CheckInLog log = work.checkIns();
      assertThatThrownBy(() -> log.append(none)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> log.appendAll(noCheckIns, 1)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> log.appendAll(List.of(checkIn(0, 3, 1)).iterator(), 0))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("batchSize"));
      assertThatThrownBy(() -> log.appendAll(Arrays.asList(checkIn(0, 3, 1), none).iterator(), 2))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> log.streamByGoal(noGoal)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> log.history(noGoal)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> log.latest(noGoal)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> log.count(noGoal)).isInstanceOf(NullPointerException.class);
      assertThat(contents(log)).isEqualTo(before);
      work.commit();
      assertThatThrownBy(() -> log.append(checkIn(0, 3, 1))).isInstanceOf(TransactionStateException.class);
      assertThatThrownBy(() -> log.count(id(0))).isInstanceOf(TransactionStateException.class);
    }
    assertThat(contents(tenant.checkIns())).isEqualTo(before);
  }

  @Test
  @DisplayName("8 threads checking in on one goal at once all commit")
  void concurrentAppendsDoNotConflict() throws Exception {
    TenantStore tenant = withGoals(1);
    int threads = 8;
    int appends = 100;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int a = 0; a < appends; a++) {
                    CheckIn checkIn = checkIn(0, a * threads + thread, a);
                    tenant.runInTransaction(work -> work.checkIns().append(checkIn));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    List<CheckIn> all = of(tenant.checkIns(), 0);
    assertThat(all).hasSize(threads * appends);
    assertThat(all).isSortedAccordingTo(Comparator.comparing(CheckIn::at));
  }

  // ---------------------------------------------------------------- model-based property

  /** The log's entries, owners and reads for {@link LogModel}: check-ins on goals. */
  private final class CheckIns extends LogModel<CheckIn> {
    CheckIns() {
      super(GOALS);
    }

    @Override
    Gen<List<Integer>> entries() {
      return integers()
          .between(0, GOALS - 1)
          .zip(integers().between(0, INSTANTS - 1), integers().between(0, 8), (goal, at, variant) -> List.of(goal, at, variant));
    }

    @Override
    CheckIn entry(List<Integer> c) {
      return checkIn(c.get(0), c.get(1), c.get(2));
    }

    @Override
    Object identity(CheckIn checkIn) {
      return List.of(checkIn.goalId(), checkIn.at());
    }

    @Override
    void append(Repositories repositories, CheckIn checkIn) {
      repositories.checkIns().append(checkIn);
    }

    @Override
    long appendAll(Repositories repositories, Iterator<CheckIn> checkIns) {
      return repositories.checkIns().appendAll(checkIns, 3);
    }

    @Override
    void insertOwner(Repositories repositories, int n) {
      repositories.goals().insert(goal(id(n), n));
    }

    @Override
    void deleteOwner(Repositories repositories, int n) {
      repositories.goals().delete(id(n), 1);
    }

    @Override
    void compare(Repositories repositories, LogModel.State<CheckIn> model, String where) {
      CheckInLog log = repositories.checkIns();
      for (int g = 0; g < GOALS; g++) {
        List<CheckIn> expected = new ArrayList<>(model.of(g));
        expected.sort(Comparator.comparing(CheckIn::at));
        assertThat(of(log, g)).as(where).isEqualTo(expected);
        assertThat(log.count(id(g))).as(where).isEqualTo(expected.size());
        assertThat(log.history(id(g))).as(where).isEqualTo(CheckInHistory.of(id(g), expected));
        assertThat(log.latest(id(g)))
            .as(where)
            .isEqualTo(expected.isEmpty() ? Optional.empty() : Optional.of(expected.get(expected.size() - 1)));
      }
    }

    @Override
    TenantStore seededTenant() {
      return withGoals(LogModel.SEEDED);
    }
  }

  @Test
  @DisplayName("random check-ins and goal deletions on two tenants give the same reads as a simple model")
  void behavesLikeTheModel() {
    ModelRun.check(new CheckIns(), 2, scaled(120));
  }
}
