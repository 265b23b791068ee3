package dev.pillars.benchmarks;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.cascade.CascadeResult;
import dev.pillars.testing.GoalGraphs;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * One leaf change on a graph of a million goals (six levels, 10 % of goals with a second parent)
 * and the recomputation of what depends on it, timed call by call ({@link Mode#SampleTime}: JMH
 * reports p50, p90, p99 and more).
 *
 * <ul>
 *   <li>{@link #cascadeUpdate}: {@link CascadeResult#updateAt}, a new value for a random leaf
 *       (from a ring of 65,536 precomputed leaves, each pass through the ring with other values),
 *       recomputing its ancestors from the
 *       compact form. Each call touches a different part of the 57 MB of arrays, as a stream of
 *       measurements from all over the organisation does, so most of its time is cache misses.
 *   <li>{@link #cascadeUpdateSameLeaf}: the same, always for one leaf, alternating two values:
 *       the cost of the computation itself with the ancestors' data in cache.
 *   <li>{@link #perRecordSave}: the baseline, the per-record way (save the child; for each parent
 *       re-read all its children from the map, recompute it, save it; repeat up the chain), for
 *       the same random leaves and values, on the same data held as maps of records.
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CascadeUpdateBenchmark {
  /** The seed of the generated graph and of the leaf choices, fixed so every run does the same. */
  static final long SEED = 20261125L;

  static final int RING = 1 << 16;

  /** Creates the benchmark; JMH calls it. */
  public CascadeUpdateBenchmark() {}

  /**
   * Gives the next random leaf a new value and recomputes its ancestors.
   *
   * @param input the cascade's scores and the ring of leaves and values
   * @param cursor the position in the ring
   * @return how many ancestors were recomputed
   */
  @Benchmark
  public int cascadeUpdate(Input input, Cursor cursor) {
    int n = cursor.next++;
    int i = n & (RING - 1);
    return input.result.updateAt(input.leaves[i], input.value(n));
  }

  /**
   * Gives one leaf, always the same, a new value and recomputes its ancestors.
   *
   * @param input the cascade's scores
   * @param cursor the position in the ring
   * @return how many ancestors were recomputed
   */
  @Benchmark
  public int cascadeUpdateSameLeaf(Input input, Cursor cursor) {
    int i = cursor.next++;
    return input.result.updateAt(input.leaves[0], (i & 1) == 0 ? 0.25 : 0.75);
  }

  /**
   * Saves the next random leaf's new value the per-record way, cascading up.
   *
   * @param input the records and the ring of leaves and values
   * @param cursor the position in the ring
   * @return how many parents were recomputed
   */
  @Benchmark
  public int perRecordSave(Input input, Cursor cursor) {
    int n = cursor.next++;
    int i = n & (RING - 1);
    return input.records.save(input.leafIds[i], input.value(n));
  }

  /** The cascade's scores, the records, and the ring of leaf changes, made once. */
  @State(Scope.Benchmark)
  public static class Input {
    /** The number of goals. */
    @Param({"1000000"})
    public int size;

    CascadeResult result = empty();
    PerRecordRollUp records = new PerRecordRollUp(AlignmentGraph.empty(), Map.of());
    int[] leaves = new int[RING];
    String[] leafIds = new String[RING];
    double[] values = new double[RING];

    /** Creates the input; JMH calls it. */
    public Input() {}

    private static CascadeResult empty() {
      Cascade cascade = Cascade.of(AlignmentGraph.empty());
      return cascade.rollUp(cascade.leafValues());
    }

    /**
     * Returns the value of the {@code n}-th change: the ring's value on even passes through the
     * ring, a different one on odd passes, so that every pass really changes the leaves (setting
     * a leaf to the value it holds would recompute nothing).
     */
    double value(int n) {
      double v = values[n & (RING - 1)];
      return ((n >>> 16) & 1) == 0 ? v : (v + 0.37) % 1.0;
    }

    /** Generates the graph, rolls it up, loads the records and draws the leaf changes. */
    @Setup(Level.Trial)
    public void setUp() {
      AlignmentGraph graph = GoalGraphs.generate(size, 6, 0.10, SEED);
      Cascade cascade = Cascade.of(graph);
      result = cascade.rollUp(cascade.leafValues().putGoalProgress());
      Map<String, Double> scores = new HashMap<>();
      result.scores().forEach((id, score) -> scores.put(id.value(), score));
      records = new PerRecordRollUp(graph, scores);
      SplittableRandom random = new SplittableRandom(SEED);
      for (int i = 0; i < RING; i++) {
        leaves[i] = random.nextInt(cascade.leafCount());
        leafIds[i] = cascade.goalAt(leaves[i]).value();
        values[i] = random.nextInt(101) / 100.0;
      }
    }
  }

  /** The position in the ring of leaf changes, per thread. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    /** Creates the cursor; JMH calls it. */
    public Cursor() {}
  }
}
