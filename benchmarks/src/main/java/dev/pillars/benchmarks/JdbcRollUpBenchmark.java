package dev.pillars.benchmarks;

import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.GoalId;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.cascade.CascadeResult;
import dev.pillars.testing.GoalGraphs;
import java.sql.SQLException;
import java.util.Map;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The roll-up of a graph of a million goals stored in PostgreSQL (six levels, 10 % of goals with a
 * second parent, from {@link GoalGraphs#generate}; written once through the store before
 * measuring): Pillars against the SQL a vendor would write instead.
 *
 * <ul>
 *   <li>{@link #pillars}: stream the tenant's goals and links once each from the JDBC store, build
 *       the alignment graph and the cascade, and roll every goal up in memory with the weighted
 *       mean ({@link Cascade#rollUp}).
 *   <li>{@link #recursiveCte}: one recursive query computes the same weighted roll-up in the
 *       database (see {@link RecursiveCteRollUp}) and every goal's score is read back.
 * </ul>
 *
 * <p>Both produce every goal's score; the trial set-up checks that they agree to 1e-9 and reports
 * the largest difference as {@code maxDifference}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class JdbcRollUpBenchmark {
  /** The seed of the generated graph, fixed so every run measures the same graph. */
  static final long SEED = 20261125L;

  /** Creates the benchmark; JMH calls it. */
  public JdbcRollUpBenchmark() {}

  /**
   * Streams the graph from the store and rolls it up in memory.
   *
   * @param input the stored graph
   * @return the scores of every goal
   */
  @Benchmark
  public CascadeResult pillars(Input input) {
    return rollUp(input.tenant);
  }

  /**
   * Computes the roll-up in the database with a recursive query and reads every score.
   *
   * @param input the stored graph
   * @return the scores of every goal, by id
   * @throws SQLException if the database fails
   */
  @Benchmark
  public Map<String, Double> recursiveCte(Input input) throws SQLException {
    return input.sql.scores(input.tenant.tenant().value());
  }

  static CascadeResult rollUp(TenantStore tenant) {
    AlignmentGraph graph = GraphLoad.read(tenant);
    Cascade cascade = Cascade.of(graph);
    return cascade.rollUp(cascade.leafValues().putGoalProgress());
  }

  /** Returns the largest difference between the two roll-ups' scores, over every goal of either. */
  static double maxDifference(CascadeResult pillars, Map<String, Double> sql) {
    Map<GoalId, Double> scores = pillars.scores();
    double max = scores.size() == sql.size() ? 0 : Double.POSITIVE_INFINITY;
    for (Map.Entry<GoalId, Double> score : scores.entrySet()) {
      Double other = sql.get(score.getKey().value());
      max = Math.max(max, other == null ? Double.POSITIVE_INFINITY : Math.abs(other - score.getValue()));
    }
    return max;
  }

  /** The database holding the graph, and the SQL roll-up over it. */
  @State(Scope.Benchmark)
  public static class Input {
    /** The number of goals. */
    @Param({"1000000"})
    public int size;

    BenchDatabase database;
    TenantStore tenant;
    RecursiveCteRollUp sql;
    double maxDifference;
    long loadMillis;

    /** Creates the input; JMH calls it. */
    public Input() {}

    /** Generates the graph, writes it through the store, and checks both roll-ups agree. */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
      database = BenchDatabase.open();
      tenant = database.store().forTenant(TenantId.of("roll-up"));
      AlignmentGraph graph = GoalGraphs.generate(size, 6, 0.10, SEED);
      long start = System.nanoTime();
      GraphLoad.write(tenant, graph);
      loadMillis = (System.nanoTime() - start) / 1_000_000;
      if (database.url.startsWith("jdbc:postgresql:")) {
        database.execute("ANALYZE");
      }
      sql = new RecursiveCteRollUp(database);
      maxDifference = maxDifference(rollUp(tenant), sql.scores(tenant.tenant().value()));
      if (!(maxDifference <= 1e-9)) {
        throw new IllegalStateException("the two roll-ups disagree by " + maxDifference);
      }
      System.err.printf(
          "roll-up input: %d goals, %d links written through the store in %d ms; the two roll-ups agree to %.3g%n",
          graph.size(), graph.linkCount(), loadMillis, maxDifference);
    }

    /** Drops the schema and closes the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
      database.close();
    }
  }
}
