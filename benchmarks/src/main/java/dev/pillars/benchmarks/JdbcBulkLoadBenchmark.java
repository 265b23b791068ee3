package dev.pillars.benchmarks;

import dev.pillars.core.TenantId;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.persistence.spi.TenantStore;
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
 * A bulk load of a million measurements into PostgreSQL: through the JDBC store against the
 * hand-written raw JDBC batch insert a vendor would write instead, of the same rows into the same
 * table, over the same pool.
 *
 * <ul>
 *   <li>{@link #store}: one unit of work, {@code work.measurements().appendAll(iterator, 1000)},
 *       commit. The store binds each measurement, sends JDBC batches of 1,000 rows, each behind a
 *       savepoint, and commits.
 *   <li>{@link #rawJdbc}: one connection with auto-commit off, one prepared {@code INSERT} of the
 *       same six columns, {@code addBatch} per row, {@code executeBatch} every 1,000 rows, commit.
 * </ul>
 *
 * <p>Both load 1,000 KPIs × 1,000 days of measurements, made once before measuring. Before every
 * iteration the measurements table is emptied, so both always load into an empty table (with the
 * KPI definitions, which its foreign key checks, in place).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JdbcBulkLoadBenchmark {
  static final int BATCH = 1_000;

  /** Creates the benchmark; JMH calls it. */
  public JdbcBulkLoadBenchmark() {}

  /**
   * Loads every measurement through the store in one unit of work.
   *
   * @param input the database and the measurements
   * @return how many measurements were appended
   */
  @Benchmark
  public long store(Input input) {
    return input.tenant.inTransaction(work -> work.measurements().appendAll(input.measurements.iterator(), BATCH));
  }

  /**
   * Loads every measurement with a hand-written JDBC batch insert in one transaction.
   *
   * @param input the database and the measurements
   * @return how many rows were inserted
   * @throws SQLException if the database fails
   */
  @Benchmark
  public long rawJdbc(Input input) throws SQLException {
    try (Connection connection = input.database.dataSource.getConnection()) {
      connection.setAutoCommit(false);
      long rows = 0;
      try (PreparedStatement insert = connection.prepareStatement(rawInsert(input.database))) {
        String tenant = input.tenant.tenant().value();
        for (dev.pillars.core.kpi.Measurement m : input.measurements) {
          bindRaw(insert, tenant, m);
          insert.addBatch();
          if (++rows % BATCH == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      connection.commit();
      connection.setAutoCommit(true);
      return rows;
    }
  }

  /** Returns the hand-written insert of one measurement row, the raw JDBC baselines' statement. */
  static String rawInsert(BenchDatabase database) {
    return "INSERT INTO " + database.table("measurements")
        + " (tenant, kpi_id, observed_on, recorded_second, recorded_nano, measured_value)"
        + " VALUES (?, ?, ?, ?, ?, ?)";
  }

  /** Binds one measurement of a tenant to {@link #rawInsert}. */
  static void bindRaw(PreparedStatement insert, String tenant, dev.pillars.core.kpi.Measurement m)
      throws SQLException {
    insert.setString(1, tenant);
    insert.setString(2, m.kpi().value());
    insert.setObject(3, m.observedOn());
    insert.setLong(4, m.recordedAt().getEpochSecond());
    insert.setInt(5, m.recordedAt().getNano());
    insert.setDouble(6, m.value());
  }

  /** The database, a tenant with its KPI definitions, and the measurements to load. */
  @State(Scope.Benchmark)
  public static class Input {
    /** How many KPIs the measurements are spread over. */
    @Param({"1000"})
    public int kpis;

    /** How many days each KPI is measured on. */
    @Param({"1000"})
    public int days;

    BenchDatabase database;
    TenantStore tenant;
    List<dev.pillars.core.kpi.Measurement> measurements;

    /** Creates the input; JMH calls it. */
    public Input() {}

    /** Opens the database, defines the KPIs and makes the measurements. */
    @Setup(Level.Trial)
    public void setUp() {
      database = BenchDatabase.open();
      tenant = database.store().forTenant(TenantId.of("bulk-load"));
      tenant.runInTransaction(
          work -> work.kpiDefinitions().insertAll(IntStream.range(0, kpis).mapToObj(Input::kpi), BATCH));
      SplittableRandom random = new SplittableRandom(20261125L);
      LocalDate first = LocalDate.of(2024, 1, 1);
      Instant recorded = Instant.parse("2026-01-05T09:00:00Z");
      measurements = new ArrayList<>(kpis * days);
      for (int d = 0; d < days; d++) {
        for (int k = 0; k < kpis; k++) {
          measurements.add(
              dev.pillars.core.kpi.Measurement.of(
                  KpiId.of("kpi-" + k), first.plusDays(d), recorded.plusMillis(d * 1_000L + k), random.nextDouble(100)));
        }
      }
    }

    static KpiDefinition kpi(int n) {
      return KpiDefinition.builder()
          .id(KpiId.of("kpi-" + n))
          .name("KPI " + n)
          .unit("%")
          .direction(Direction.HIGHER_IS_BETTER)
          .aggregation(Aggregation.MEAN)
          .frequency(Frequency.DAILY)
          .build();
    }

    /** Empties the measurements table, so every iteration loads into an empty table. */
    @Setup(Level.Iteration)
    public void empty() {
      database.execute("TRUNCATE TABLE " + database.table("measurements"));
    }

    /** Drops the schema and closes the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
      database.close();
    }
  }
}
