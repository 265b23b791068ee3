package dev.pillars.benchmarks;

import dev.pillars.engine.Pillars;
import dev.pillars.engine.kpi.KpiService;
import dev.pillars.persistence.memory.MemoryStore;
import java.time.Clock;
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
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Measurements recorded through the engine by several threads at once, for different goals of one
 * tenant, on the in-memory store: operations per second. Run it with {@code -t 1}, {@code -t 2},
 * {@code -t 4} and {@code -t 8} to see how it scales; each thread records for its own share of the
 * leaves (thread {@code i} of {@code n} takes the leaves {@code i, i + n, i + 2n, …}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class EngineThroughputBenchmark {
  /** Creates the benchmark; JMH calls it. */
  public EngineThroughputBenchmark() {}

  /**
   * Records the thread's next measurement.
   *
   * @param input the engine
   * @param cursor the thread's position among its leaves
   * @return the value recorded
   */
  @Benchmark
  public double record(Input input, Cursor cursor) {
    int k = cursor.next++;
    int mine = (input.leaves - cursor.thread + cursor.threads - 1) / cursor.threads;
    int leaf = cursor.thread + (k % mine) * cursor.threads;
    return input.kpis.record(EngineTenant.kpi(leaf), EngineMeasurementBenchmark.day(k, mine), k % 100).value();
  }

  /** A thread's place among the leaves. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
    int thread;
    int threads;

    /** Creates the cursor; JMH calls it. */
    public Cursor() {}

    /**
     * Takes the thread's index.
     *
     * @param params JMH's thread parameters
     */
    @Setup(Level.Trial)
    public void setUp(ThreadParams params) {
      thread = params.getThreadIndex();
      threads = params.getThreadCount();
    }
  }

  /** The tenant and the engine, its scores loaded. */
  @State(Scope.Benchmark)
  public static class Input {
    /** The number of KPI-measured leaf goals. */
    @Param({"100000"})
    public int leaves;

    KpiService kpis;

    /** Creates the input; JMH calls it. */
    public Input() {}

    /** Writes the tenant and loads the engine's scores. */
    @Setup(Level.Trial)
    public void setUp() {
      MemoryStore store = MemoryStore.create();
      EngineTenant.write(store.forTenant(EngineTenant.TENANT), leaves);
      Pillars pillars = Pillars.builder().store(store).clock(Clock.systemUTC()).build();
      kpis = pillars.tenant(EngineTenant.TENANT).as(EngineTenant.FEED).kpis();
      pillars.tenant(EngineTenant.TENANT).as(EngineTenant.HR).scores().of(EngineTenant.OBJECTIVE);
    }
  }
}
