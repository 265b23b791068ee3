package dev.pillars.benchmarks;

import dev.pillars.core.TenantId;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.testing.GoalGraphs;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-memory store under a bulk load: how long a unit of work takes to insert and commit a
 * million goals, and how much heap the store keeps per stored goal beyond the goals themselves.
 *
 * <p>The goals are made once per trial by {@link GoalGraphs#generate} (a six-level cascade, 10 %
 * of goals with a second parent; organisation, unit and individual goals with every kind of
 * measure) and kept in a list, so neither benchmark measures making them.
 *
 * <ul>
 *   <li>{@link #bulkSave} inserts all of them into a fresh store's tenant with {@code insertAll}
 *       in one unit of work and commits it. Single shot: every measured iteration is one save into
 *       a store created (and the previous one collected) before the iteration starts.
 *   <li>{@link #heapPerGoal} measures the heap the store retains: it collects garbage until the
 *       used heap ({@link MemoryMXBean#getHeapMemoryUsage()}) stops falling, reads it, saves the
 *       already-made goals into a fresh store as {@link #bulkSave} does, collects garbage again the
 *       same way with the store still reachable, and reads the used heap again. The difference
 *       divided by the number of goals is the store's own cost per goal: trie nodes, versions, the
 *       tenant's state; the goals themselves were on the heap before and after. It does so for
 *       {@link #ROUNDS} fresh stores in its one measured iteration and reports the mean and the
 *       largest round as the secondary results {@code bytesPerGoal} and {@code
 *       bytesPerGoalLargest}. Its primary time includes the collections and is not a save time.
 * </ul>
 *
 * <p>Each has a floor measured the same way, so a result reads as a ratio: {@link #bulkSaveFloor}
 * and {@link #heapPerGoalFloor} put the same goals into a presized {@link HashMap} by id, the least
 * any map-backed store does and keeps (no versions, no unit of work, no tenant).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class MemoryStoreBenchmark {
  /** The seed of the generated goals, fixed so every run saves the same goals. */
  static final long SEED = 20261125L;

  /** How many goals the store sends to its storage at once; the memory store holds them all anyway. */
  static final int BATCH = 10_000;

  private static final TenantId TENANT = TenantId.of("bench");

  /** How many stores {@link #heapPerGoal} fills and measures in its one measured iteration. */
  static final int ROUNDS = 5;

  /** Creates the benchmark; JMH calls it. */
  public MemoryStoreBenchmark() {}

  /**
   * Saves every goal into the fresh store in one unit of work.
   *
   * @param goals the goals
   * @param store the fresh store
   * @return how many goals were saved
   */
  @Benchmark
  public long bulkSave(Goals goals, FreshStore store) {
    return save(goals.goals, Objects.requireNonNull(store.tenant, "tenant"));
  }

  /**
   * The floor of {@link #bulkSave}: puts every goal into a presized {@link HashMap} by id, the
   * least any map-backed store does (no versions, no unit of work, no tenant).
   *
   * @param goals the goals
   * @return the map
   */
  @Benchmark
  public Map<GoalId, Goal> bulkSaveFloor(Goals goals) {
    return hashMap(goals.goals);
  }

  /**
   * Saves every goal into a fresh store {@link #ROUNDS} times, measuring the heap each store
   * retains, and records the mean and the largest of the measurements.
   *
   * @param goals the goals
   * @param heap the secondary results
   * @return the last store, kept reachable until JMH has seen it
   */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 1)
  public Object heapPerGoal(Goals goals, HeapPerGoal heap) {
    return measureHeap(
        goals.goals.size(),
        heap,
        () -> {
          TenantStore tenant = MemoryStore.create().forTenant(TENANT);
          long saved = save(goals.goals, tenant);
          if (tenant.goals().count() != saved || saved != goals.goals.size()) {
            throw new IllegalStateException("the store lost goals");
          }
          return tenant;
        });
  }

  /**
   * The floor of {@link #heapPerGoal}: the heap a presized {@link HashMap} of the goals by id
   * retains per goal, measured the same way.
   *
   * @param goals the goals
   * @param heap the secondary results
   * @return the last map, kept reachable until JMH has seen it
   */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 1)
  public Object heapPerGoalFloor(Goals goals, HeapPerGoal heap) {
    return measureHeap(goals.goals.size(), heap, () -> hashMap(goals.goals));
  }

  /**
   * Builds a structure holding the goals {@link #ROUNDS} times, each time measuring the heap it
   * retains per goal, and adds the mean and the largest round to the counters.
   */
  static Object measureHeap(int goals, HeapPerGoal heap, Supplier<Object> build) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    Object built = null;
    double sum = 0;
    double largest = 0;
    for (int round = 0; round < ROUNDS; round++) {
      built = null;
      long before = usedAfterCollecting(memory);
      built = build.get();
      long after = usedAfterCollecting(memory);
      double perGoal = (double) (after - before) / goals;
      sum += perGoal;
      largest = Math.max(largest, perGoal);
    }
    heap.bytesPerGoal += sum / ROUNDS;
    heap.bytesPerGoalLargest += largest;
    return Objects.requireNonNull(built, "built");
  }

  static Map<GoalId, Goal> hashMap(List<Goal> goals) {
    Map<GoalId, Goal> map = new HashMap<>(goals.size() * 4 / 3 + 1);
    for (Goal goal : goals) {
      map.put(goal.id(), goal);
    }
    return map;
  }

  /** Inserts the goals into the tenant with {@code insertAll} in one unit of work and commits. */
  static long save(List<Goal> goals, TenantStore tenant) {
    return tenant.inTransaction(work -> work.goals().insertAll(goals.iterator(), BATCH));
  }

  /**
   * Collects garbage until the used heap stops falling (at most ten times) and returns it, so
   * that what is left is what is reachable.
   */
  static long usedAfterCollecting(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    for (int round = 0; round < 10; round++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return Math.min(now, used);
      }
      used = now;
    }
    return used;
  }

  /** The goals, made once per trial. */
  @State(Scope.Benchmark)
  public static class Goals {
    /** The number of goals. */
    @Param({"1000000"})
    public int size;

    List<Goal> goals = List.of();

    /** Creates the state; JMH calls it. */
    public Goals() {}

    /** Generates {@link #size} goals and keeps them, dropping the graph they came in. */
    @Setup(Level.Trial)
    public void generate() {
      goals = new ArrayList<>(GoalGraphs.generate(size, 6, 0.10, SEED).goals());
    }
  }

  /** A store with no data, made before each iteration after the previous one is collected. */
  @State(Scope.Benchmark)
  public static class FreshStore {
    @Nullable TenantStore tenant;

    /** Creates the state; JMH calls it. */
    public FreshStore() {}

    /** Drops the previous iteration's store, collects it, and makes a new one. */
    @Setup(Level.Iteration)
    public void create() {
      tenant = null;
      usedAfterCollecting(ManagementFactory.getMemoryMXBean());
      tenant = MemoryStore.create().forTenant(TENANT);
    }
  }

  /**
   * The heap the store retains per goal, reported by JMH as the secondary results {@code
   * bytesPerGoal} (the mean of the rounds) and {@code bytesPerGoalLargest} (the largest round). JMH
   * sets them to zero before each iteration and sums them over the measured iterations, of which
   * {@link #heapPerGoal} has one.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class HeapPerGoal {
    /** The mean over the rounds of the bytes the store retains per goal. */
    public double bytesPerGoal;

    /** The largest of the rounds' bytes per goal. */
    public double bytesPerGoalLargest;

    /** Creates the counters; JMH calls it. */
    public HeapPerGoal() {}
  }
}
