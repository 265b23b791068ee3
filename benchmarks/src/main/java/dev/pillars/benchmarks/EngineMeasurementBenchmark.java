package dev.pillars.benchmarks;

import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.MeasurementRecorded;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.engine.Pillars;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.engine.kpi.KpiService;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.cascade.CascadeResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One KPI measurement recorded end to end, timed call by call ({@link Mode#SampleTime}: JMH
 * reports p50, p99 and more), on the in-memory store or on PostgreSQL ({@code -p store=postgresql},
 * inside {@code pg_virtualenv} with {@code PILLARS_PG_URL} set).
 *
 * <p>The tenant ({@link EngineTenant}) has {@code leaves} KPI-measured goals under 100 unit goals
 * and one objective; its scores are loaded before measuring. Each call records a value for the
 * next leaf's KPI, on the next date of the half-year once every leaf has one.
 *
 * <p>{@link #engine}: {@code pillars.tenant(t).as(feed).kpis().record(kpi, day, value)}: the access
 * check, one unit of work (the KPI looked up, the date's history read, the measurement appended,
 * commit), the incremental update of the goal and its ancestors, and the events delivered.
 *
 * <p>{@link #byHand}, the baseline: the same work wired by hand as the examples did before the
 * engine: a unit of work that looks the KPI up and appends the measurement, then the goal's period
 * read back and aggregated, its attainment put into a {@link CascadeResult}, and the event handed
 * to a listener. No access check, no retry, no event envelope.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class EngineMeasurementBenchmark {
  static final int RING = 1 << 16;
  static final long SEED = 20261203L;

  /** Creates the benchmark; JMH calls it. */
  public EngineMeasurementBenchmark() {}

  /**
   * Records the next measurement through the engine.
   *
   * @param input the engine and the ring of values
   * @param cursor the position
   * @return the value recorded
   */
  @Benchmark
  public double engine(Input input, Cursor cursor) {
    int n = cursor.next++;
    int leaf = n % input.leaves;
    return input.kpis.record(EngineTenant.kpi(leaf), day(n, input.leaves), input.values[n & (RING - 1)]).value();
  }

  /**
   * Records the next measurement wired by hand.
   *
   * @param input the store, the cascade and the ring of values
   * @param cursor the position
   * @return how many goals were recomputed
   */
  @Benchmark
  public int byHand(Input input, Cursor cursor) {
    int n = cursor.next++;
    int leaf = n % input.leaves;
    KpiId kpi = EngineTenant.kpi(leaf);
    LocalDate day = day(n, input.leaves);
    dev.pillars.core.kpi.Measurement measurement = dev.pillars.core.kpi.Measurement.of(kpi, day, input.clock.instant(), input.values[n & (RING - 1)]);
    input.tenant.runInTransaction(work -> {
      work.kpiDefinitions().find(kpi).orElseThrow();
      work.measurements().append(measurement);
    });
    List<dev.pillars.core.kpi.Measurement> period = input.tenant.measurements().range(kpi, EngineTenant.H1.start(), EngineTenant.H1.end());
    OptionalDouble mean = MeasurementSeries.of(kpi, period).aggregate(EngineTenant.H1, Aggregation.MEAN);
    double attainment = input.attainment.attainment(mean.getAsDouble(), EngineTenant.TARGET).receipt().unroundedValue();
    int updated = input.byHand.update(EngineTenant.leafGoal(leaf), attainment);
    DomainEvent event = new MeasurementRecorded(measurement);
    input.listened.add(event.hashCode() & 1);
    return updated;
  }

  /** The observation date of the {@code n}th call: each leaf's KPI gets one date per round. */
  static LocalDate day(int n, int leaves) {
    return EngineTenant.H1.start().plusDays((n / leaves) % EngineTenant.H1.days());
  }

  /** Where a thread is. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    /** Creates the cursor; JMH calls it. */
    public Cursor() {}
  }

  /** The tenant, the engine with its scores loaded, and the hand-wired cascade. */
  @State(Scope.Benchmark)
  public static class Input {
    /** The number of KPI-measured leaf goals. */
    @Param({"100000"})
    public int leaves;

    /** The store: {@code memory} or {@code postgresql}. */
    @Param({"memory"})
    public String store;

    @Nullable BenchDatabase database;
    PillarsStore pillarsStore;
    TenantStore tenant;
    KpiService kpis;
    CascadeResult byHand;
    final AttainmentStrategy attainment = AttainmentStrategy.linear(1.0);
    final Clock clock = Clock.systemUTC();
    final double[] values = new double[RING];
    final LongAdder delivered = new LongAdder();
    final LongAdder listened = new LongAdder();

    /** Creates the input; JMH calls it. */
    public Input() {}

    /** Writes the tenant, loads the engine's scores and builds the hand-wired cascade. */
    @Setup(Level.Trial)
    public void setUp() {
      if (store.equals("postgresql")) {
        database = BenchDatabase.open();
        pillarsStore = database.store();
      } else {
        pillarsStore = MemoryStore.create();
      }
      tenant = pillarsStore.forTenant(EngineTenant.TENANT);
      EngineTenant.write(tenant, leaves);
      Pillars pillars = Pillars.builder().store(pillarsStore).clock(clock)
          .events((List<PublishedEvent> events) -> delivered.add(events.size())).build();
      kpis = pillars.tenant(EngineTenant.TENANT).as(EngineTenant.FEED).kpis();
      pillars.tenant(EngineTenant.TENANT).as(EngineTenant.HR).scores().of(EngineTenant.OBJECTIVE);
      Cascade cascade = Cascade.of(GraphLoad.read(tenant));
      byHand = cascade.rollUp(cascade.leafValues().putGoalProgress());
      SplittableRandom random = new SplittableRandom(SEED);
      for (int i = 0; i < RING; i++) {
        values[i] = random.nextDouble(100);
      }
    }

    /** Closes the database, if any. */
    @TearDown(Level.Trial)
    public void tearDown() {
      if (database != null) {
        database.close();
      }
    }
  }
}
