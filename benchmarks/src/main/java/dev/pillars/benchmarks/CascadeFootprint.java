package dev.pillars.benchmarks;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.cascade.CascadeResult;
import dev.pillars.testing.GoalGraphs;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * Measures the heap per goal of the cascade's compact form on a graph of a million goals (six
 * levels, 10 % of goals with a second parent), two ways:
 *
 * <ol>
 *   <li>exactly, from the lengths of its arrays ({@link Cascade#footprintBytes()} plus {@link
 *       CascadeResult#footprintBytes()}: 16-byte array headers, elements, 8-byte alignment, as on
 *       a 64-bit JVM with compressed class pointers);
 *   <li>as a cross-check, the used heap after a full GC before and after building the cascade and
 *       rolling it up once, with the graph already built (so the graph is not counted).
 * </ol>
 *
 * <p>The cross-check is close to exact with {@code -XX:+UseSerialGC} or {@code
 * -XX:+UseParallelGC}. With G1, the default, it reads about 5 bytes per goal more: arrays larger
 * than half a heap region are humongous objects, each given whole regions, and the unused end of
 * their last region counts as used.
 *
 * <p>Not a JMH benchmark (it measures space, not time): {@code java -XX:+UseSerialGC -cp
 * benchmarks/target/benchmarks.jar dev.pillars.benchmarks.CascadeFootprint [goals]}.
 */
public final class CascadeFootprint {
  private CascadeFootprint() {}

  /**
   * Prints the bytes per goal.
   *
   * @param args optionally the number of goals, 1,000,000 unless given
   */
  public static void main(String[] args) {
    int goals = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    AlignmentGraph graph = GoalGraphs.generate(goals, 6, 0.10, CascadeRollUpBenchmark.SEED);
    long before = usedAfterGc();
    Cascade cascade = Cascade.of(graph);
    CascadeResult result = cascade.rollUp(cascade.leafValues().putGoalProgress());
    long after = usedAfterGc();
    Reference.reachabilityFence(cascade);
    Reference.reachabilityFence(result);
    long exact = cascade.footprintBytes() + result.footprintBytes();
    System.out.printf(Locale.ROOT, "goals %d, links %d, leaves %d%n", graph.size(), graph.linkCount(), cascade.leafCount());
    System.out.printf(Locale.ROOT, "compact form from array lengths: %d + %d bytes = %.1f bytes per goal%n",
        cascade.footprintBytes(), result.footprintBytes(), (double) exact / goals);
    System.out.printf(Locale.ROOT, "used heap after GC, before and after building: %+d bytes = %.1f bytes per goal%n",
        after - before, (double) (after - before) / goals);
    Reference.reachabilityFence(graph);
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
