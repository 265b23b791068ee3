package dev.pillars.benchmarks;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.cascade.CascadeResult;
import dev.pillars.testing.GoalGraphs;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The incremental update of {@link CascadeUpdateBenchmark} (a random leaf of the million-goal
 * graph, and one leaf always the same), timed by the thread's own CPU time in batches: each round
 * times one pass of {@value #BATCH} random-leaf updates, then {@value #BATCH} same-leaf updates,
 * and the median over rounds of the time per update is printed.
 *
 * <p>Why, beside the JMH benchmark: on a machine shared with other jobs, JMH's wall-clock samples
 * include the time the thread waits for a core. CPU time leaves that out, and a batch is long
 * enough for the timer's resolution; what it cannot remove is other jobs evicting the caches. It
 * gives a mean per update within a batch, not a percentile.
 *
 * <p>Not a JMH benchmark: {@code java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar
 * dev.pillars.benchmarks.CascadeUpdateCpuTime [rounds [multiParentShare]]} (100 rounds after 20
 * of warm-up, and the benchmark's 10 % of goals with a second parent, unless given).
 */
public final class CascadeUpdateCpuTime {
  static final int BATCH = 1 << 16;

  private CascadeUpdateCpuTime() {}

  /**
   * Prints the median, 10th and 90th percentile CPU time per update of each batch kind.
   *
   * @param args optionally the number of measured rounds and the share of goals with two parents
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    double multiParent = args.length > 1 ? Double.parseDouble(args[1]) : 0.10;
    AlignmentGraph graph = GoalGraphs.generate(1_000_000, 6, multiParent, CascadeUpdateBenchmark.SEED);
    Cascade cascade = Cascade.of(graph);
    CascadeResult result = cascade.rollUp(cascade.leafValues().putGoalProgress());
    SplittableRandom random = new SplittableRandom(CascadeUpdateBenchmark.SEED);
    int[] leaves = new int[BATCH];
    double[] values = new double[BATCH];
    for (int i = 0; i < BATCH; i++) {
      leaves[i] = random.nextInt(cascade.leafCount());
      values[i] = random.nextInt(101) / 100.0;
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] randomLeaf = new long[rounds];
    long[] sameLeaf = new long[rounds];
    long sink = 0;
    for (int r = -20; r < rounds; r++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < BATCH; i++) {
        double v = values[i];
        sink += result.updateAt(leaves[i], (r & 1) == 0 ? v : (v + 0.37) % 1.0);
      }
      long middle = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < BATCH; i++) {
        sink += result.updateAt(leaves[0], (i & 1) == 0 ? 0.25 : 0.75);
      }
      long end = threads.getCurrentThreadCpuTime();
      if (r >= 0) {
        randomLeaf[r] = middle - start;
        sameLeaf[r] = end - middle;
      }
    }
    print("cascadeUpdate", randomLeaf, rounds);
    print("sameLeaf", sameLeaf, rounds);
    System.out.printf(Locale.ROOT, "multiParentShare %.2f (sink %s)%n", multiParent, sink != 0);
  }

  private static void print(String name, long[] t, int rounds) {
    Arrays.sort(t);
    System.out.printf(Locale.ROOT, "%-14s median %.0f ns/update  p10 %.0f  p90 %.0f (CPU time, %d rounds of %d)%n",
        name, t[rounds / 2] / (double) BATCH, t[rounds / 10] / (double) BATCH, t[rounds * 9 / 10] / (double) BATCH,
        rounds, BATCH);
  }
}
