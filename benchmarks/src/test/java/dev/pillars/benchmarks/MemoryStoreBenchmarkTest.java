package dev.pillars.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.testing.GoalGraphs;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark method once on a small set of goals and checks it does the work it claims,
 * so the benchmarks cannot rot between runs. Measures nothing.
 */
class MemoryStoreBenchmarkTest {
  private static final int SIZE = 2_000;

  private final MemoryStoreBenchmark benchmark = new MemoryStoreBenchmark();
  private final MemoryStoreBenchmark.Goals goals = new MemoryStoreBenchmark.Goals();

  @BeforeEach
  void generate() {
    goals.size = SIZE;
    goals.generate();
  }

  @Test
  void goalsAreTheGeneratedOnes() {
    assertThat(goals.goals).containsExactlyElementsOf(GoalGraphs.generate(SIZE, 6, 0.10, MemoryStoreBenchmark.SEED).goals());
  }

  @Test
  void bulkSaveStoresEveryGoalAtVersionOneInAFreshStore() {
    MemoryStoreBenchmark.FreshStore store = new MemoryStoreBenchmark.FreshStore();
    store.create();

    assertThat(benchmark.bulkSave(goals, store)).isEqualTo(SIZE);

    TenantStore tenant = store.tenant;
    assertThat(tenant).isNotNull();
    try (Stream<Versioned<Goal>> stored = tenant.goals().stream()) {
      assertThat(stored.collect(Collectors.toList()))
          .hasSize(SIZE)
          .allMatch(goal -> goal.version() == 1)
          .extracting(Versioned::value)
          .containsExactlyInAnyOrderElementsOf(goals.goals);
    }
    store.create();
    assertThat(store.tenant).isNotSameAs(tenant);
    assertThat(store.tenant.goals().count()).isZero();
  }

  @Test
  void theFloorsHoldEveryGoalById() {
    Map<GoalId, Goal> map = benchmark.bulkSaveFloor(goals);
    assertThat(map).hasSize(SIZE);
    goals.goals.forEach(goal -> assertThat(map.get(goal.id())).isSameAs(goal));

    MemoryStoreBenchmark.HeapPerGoal heap = new MemoryStoreBenchmark.HeapPerGoal();
    assertThat(benchmark.heapPerGoalFloor(goals, heap)).isEqualTo(map);
    assertThat(heap.bytesPerGoal).isFinite().isNotZero();
  }

  @Test
  void heapPerGoalSavesEveryGoalAndRecordsTheMeanAndLargestRound() {
    MemoryStoreBenchmark.HeapPerGoal heap = new MemoryStoreBenchmark.HeapPerGoal();

    TenantStore tenant = (TenantStore) benchmark.heapPerGoal(goals, heap);

    assertThat(tenant.goals().count()).isEqualTo(SIZE);
    assertThat(heap.bytesPerGoal).isFinite().isNotZero();
    assertThat(heap.bytesPerGoalLargest).isGreaterThanOrEqualTo(heap.bytesPerGoal);
  }
}
