package dev.pillars.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The full roll-up beside its two floors ({@link CascadeRollUpBenchmark#cascadeRollUp}, {@link
 * CascadeRollUpBenchmark#floor}, {@link CascadeRollUpBenchmark#floorPerGoal}, on the same
 * million-goal graph), timed call by call by the thread's own CPU time and interleaved: each round
 * runs all three, in an order that rotates from round to round.
 *
 * <p>Why, beside the JMH benchmark: on a machine shared with other jobs, JMH's wall-clock
 * iterations of one method run minutes apart from the other's, while the load changes; the ratio
 * of their averages then moves by a factor of 2 to 4 between runs. CPU time leaves out the time
 * the thread waits for a core, and interleaving exposes the three to the same load, so the ratio
 * of their medians is much steadier. What it cannot remove: other jobs evicting the caches.
 *
 * <p>Not a JMH benchmark: {@code java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar
 * dev.pillars.benchmarks.CascadeRollUpCpuTime [rounds]} (200 rounds unless given, after 50 rounds
 * of warm-up).
 */
public final class CascadeRollUpCpuTime {
  private static final String[] NAMES = {"cascadeRollUp", "floor", "floorPerGoal"};

  private CascadeRollUpCpuTime() {}

  /**
   * Prints each method's median, 10th and 90th percentile CPU time, and the ratios of the medians.
   *
   * @param args optionally the number of measured rounds
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    CascadeRollUpBenchmark benchmark = new CascadeRollUpBenchmark();
    CascadeRollUpBenchmark.Input input = new CascadeRollUpBenchmark.Input();
    input.size = 1_000_000;
    input.setUp();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][] nanos = new long[NAMES.length][rounds];
    double sink = 0;
    for (int r = -50; r < rounds; r++) {
      for (int i = 0; i < NAMES.length; i++) {
        int m = (i + Math.floorMod(r, NAMES.length)) % NAMES.length;
        long start = threads.getCurrentThreadCpuTime();
        sink += run(benchmark, input, m);
        long spent = threads.getCurrentThreadCpuTime() - start;
        if (r >= 0) {
          nanos[m][r] = spent;
        }
      }
    }
    double[] median = new double[NAMES.length];
    for (int m = 0; m < NAMES.length; m++) {
      long[] t = nanos[m];
      Arrays.sort(t);
      median[m] = t[rounds / 2] / 1e6;
      System.out.printf(Locale.ROOT, "%-14s median %.3f ms  p10 %.3f  p90 %.3f (CPU time, %d rounds)%n",
          NAMES[m], median[m], t[rounds / 10] / 1e6, t[rounds * 9 / 10] / 1e6, rounds);
    }
    System.out.printf(Locale.ROOT, "cascade / floor %.2f, cascade / floorPerGoal %.2f, floorPerGoal / floor %.2f (sink %s)%n",
        median[0] / median[1], median[0] / median[2], median[2] / median[1], sink != 0);
  }

  private static double run(CascadeRollUpBenchmark benchmark, CascadeRollUpBenchmark.Input input, int m) {
    return switch (m) {
      case 0 -> benchmark.cascadeRollUp(input);
      case 1 -> benchmark.floor(input);
      default -> benchmark.floorPerGoal(input);
    };
  }
}
