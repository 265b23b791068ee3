package dev.pillars.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures methods by the calling thread's CPU time, round after round, the methods interleaved
 * in each round, and prints the median and range of the rounds after the first three. On a shared
 * machine this leaves out the time the thread waits for a core (not the collector's threads, nor
 * the cache misses other processes cause).
 */
final class CpuTimeRounds {
  private static final int WARM_UP = 3;

  private final Map<String, Supplier<?>> methods = new LinkedHashMap<>();

  CpuTimeRounds add(String name, Supplier<?> method) {
    methods.put(name, method);
    return this;
  }

  /** Runs {@code rounds} rounds (more than three) and prints one line per method. */
  void run(int rounds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    String[] names = methods.keySet().toArray(new String[0]);
    long[][] cpu = new long[names.length][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int m = 0; m < names.length; m++) {
        long start = threads.getCurrentThreadCpuTime();
        Object result = methods.get(names[m]).get();
        cpu[m][round] = threads.getCurrentThreadCpuTime() - start;
        if (result == null) {
          throw new IllegalStateException(names[m] + " returned nothing");
        }
      }
    }
    for (int m = 0; m < names.length; m++) {
      long[] last = Arrays.copyOfRange(cpu[m], WARM_UP, rounds);
      Arrays.sort(last);
      System.out.printf("%-36s CPU median %8.1f ms (min %8.1f, max %8.1f) over rounds %d to %d%n", names[m],
          last[last.length / 2] / 1e6, last[0] / 1e6, last[last.length - 1] / 1e6, WARM_UP + 1, rounds);
    }
  }
}
