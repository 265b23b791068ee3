package dev.pillars.benchmarks;

import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.kpi.Attainment;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.cascade.CascadeResult;
import dev.pillars.testing.GoalGraphs;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * One KPI measurement persisted in PostgreSQL and its goal's ancestors' scores updated, timed call
 * by call ({@link Mode#SampleTime}: JMH reports p50, p90, p99 and more).
 *
 * <p>The graph (a million goals, six levels, 10 % of goals with a second parent, from {@link
 * GoalGraphs#generate}) is written through the JDBC store, then streamed back once and rolled up
 * into a {@link CascadeResult}, before measuring. {@value #KPIS} KPIs are defined, each leaf goal
 * measured by one of them (the {@code n}th leaf by KPI {@code n mod }{@value #KPIS}) against the
 * target 0 to 100.
 *
 * <p>{@link #measureAndUpdate}: for the next leaf of a ring of 65,536 random leaves, one unit of
 * work appends a new measurement of its KPI through the store and commits (a connection from the
 * pool, one {@code INSERT}, one {@code COMMIT}); then the leaf's attainment ({@link Attainment#of})
 * goes into the cascade, which recomputes the leaf's ancestors ({@link CascadeResult#updateAt}).
 * Scores live in memory: the SPI stores measurements, not scores.
 *
 * <p>{@link #rawInsert}, the baseline: the same measurement row inserted with a hand-written
 * prepared {@code INSERT} on a pooled connection in auto-commit mode, and nothing else; the floor a
 * round trip to the database sets.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class JdbcMeasurementBenchmark {
  static final int KPIS = 1_000;
  static final int RING = 1 << 16;
  static final KpiTarget TARGET = KpiTarget.of(0, 100);

  /** Creates the benchmark; JMH calls it. */
  public JdbcMeasurementBenchmark() {}

  /**
   * Persists one measurement of the next leaf's KPI and updates the leaf's ancestors' scores.
   *
   * @param input the store, the cascade and the ring of leaves and values
   * @param cursor the position in the ring and the recording clock
   * @return how many goals were recomputed
   */
  @Benchmark
  public int measureAndUpdate(Input input, Cursor cursor) {
    int i = cursor.next++ & (RING - 1);
    int leaf = input.leaves[i];
    double value = input.values[i];
    dev.pillars.core.kpi.Measurement measurement =
        dev.pillars.core.kpi.Measurement.of(
            input.kpis[i], LocalDate.of(2026, 6, 1), cursor.recordedAt.plusNanos(cursor.next), value);
    input.tenant.runInTransaction(work -> work.measurements().append(measurement));
    return input.result.updateAt(leaf, Attainment.of(TARGET, value));
  }

  /**
   * Inserts the next measurement's row with a hand-written statement in auto-commit mode.
   *
   * @param input the database and the ring of leaves and values
   * @param cursor the position in the ring and the recording clock
   * @return how many rows were inserted
   * @throws SQLException if the database fails
   */
  @Benchmark
  public int rawInsert(Input input, Cursor cursor) throws SQLException {
    int i = cursor.next++ & (RING - 1);
    dev.pillars.core.kpi.Measurement measurement =
        dev.pillars.core.kpi.Measurement.of(
            input.kpis[i], LocalDate.of(2026, 6, 1), cursor.recordedAt.plusNanos(cursor.next), input.values[i]);
    try (Connection connection = input.database.dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(JdbcBulkLoadBenchmark.rawInsert(input.database))) {
      JdbcBulkLoadBenchmark.bindRaw(insert, input.tenant.tenant().value(), measurement);
      return insert.executeUpdate();
    }
  }

  /** Where a thread is in the ring, and the instant its recordings start from. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
    Instant recordedAt = Instant.parse("2026-06-01T00:00:00Z");

    /** Creates the cursor; JMH calls it. */
    public Cursor() {}
  }

  /** The stored graph, its cascade, and the ring of leaves, KPIs and values. */
  @State(Scope.Benchmark)
  public static class Input {
    /** The number of goals. */
    @Param({"1000000"})
    public int size;

    BenchDatabase database;
    TenantStore tenant;
    CascadeResult result;
    int[] leaves = new int[RING];
    KpiId[] kpis = new KpiId[RING];
    double[] values = new double[RING];

    /** Creates the input; JMH calls it. */
    public Input() {}

    /** Writes the graph and the KPI definitions, streams the graph back and rolls it up. */
    @Setup(Level.Trial)
    public void setUp() {
      database = BenchDatabase.open();
      tenant = database.store().forTenant(TenantId.of("measure"));
      GraphLoad.write(tenant, GoalGraphs.generate(size, 6, 0.10, JdbcRollUpBenchmark.SEED));
      tenant.runInTransaction(
          work -> work.kpiDefinitions().insertAll(IntStream.range(0, KPIS).mapToObj(JdbcBulkLoadBenchmark.Input::kpi), 1_000));
      AlignmentGraph graph = GraphLoad.read(tenant);
      Cascade cascade = Cascade.of(graph);
      result = cascade.rollUp(cascade.leafValues().putGoalProgress());
      List<Integer> leafIndices = new ArrayList<>();
      for (int p = 0; p < cascade.size(); p++) {
        Goal goal = graph.goal(cascade.goalAt(p)).orElseThrow();
        if (graph.children(goal.id()).isEmpty()) {
          leafIndices.add(p);
        }
      }
      SplittableRandom random = new SplittableRandom(JdbcRollUpBenchmark.SEED);
      for (int i = 0; i < RING; i++) {
        int pick = random.nextInt(leafIndices.size());
        leaves[i] = leafIndices.get(pick);
        kpis[i] = KpiId.of("kpi-" + pick % KPIS);
        values[i] = random.nextDouble(100);
      }
    }

    /** Drops the schema and closes the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
      database.close();
    }
  }
}
