package dev.pillars.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.kpi.KpiId;
import dev.pillars.scoring.cascade.CascadeResult;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs each JDBC benchmark method once on small inputs, on H2 in memory instead of PostgreSQL, and
 * checks it does the work it claims, so the benchmarks cannot rot between runs. Measures nothing.
 */
class JdbcBenchmarksTest {
  @BeforeEach
  void useH2() {
    System.setProperty(
        BenchDatabase.URL,
        "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
  }

  @AfterEach
  void forgetH2() {
    System.clearProperty(BenchDatabase.URL);
  }

  @Test
  void bulkLoadThroughTheStoreAndRawJdbcLoadTheSameRows() throws SQLException {
    JdbcBulkLoadBenchmark benchmark = new JdbcBulkLoadBenchmark();
    JdbcBulkLoadBenchmark.Input input = new JdbcBulkLoadBenchmark.Input();
    input.kpis = 7;
    input.days = 300;
    input.setUp();
    try {
      input.empty();
      assertThat(benchmark.store(input)).isEqualTo(2_100);
      KpiId kpi = KpiId.of("kpi-3");
      var stored = input.tenant.measurements().history(kpi, LocalDate.MIN, LocalDate.MAX);
      input.empty();
      assertThat(input.tenant.measurements().count(kpi)).isZero();
      assertThat(benchmark.rawJdbc(input)).isEqualTo(2_100);
      assertThat(input.tenant.measurements().history(kpi, LocalDate.MIN, LocalDate.MAX))
          .hasSize(300)
          .isEqualTo(stored);
    } finally {
      input.tearDown();
    }
  }

  @Test
  void theStreamedRollUpAndTheRecursiveQueryGiveTheSameScores() throws SQLException {
    JdbcRollUpBenchmark benchmark = new JdbcRollUpBenchmark();
    JdbcRollUpBenchmark.Input input = new JdbcRollUpBenchmark.Input();
    input.size = 3_000;
    input.setUp();
    try {
      CascadeResult pillars = benchmark.pillars(input);
      Map<String, Double> sql = benchmark.recursiveCte(input);
      assertThat(pillars.scores()).hasSize(3_000);
      assertThat(sql).hasSize(3_000);
      assertThat(JdbcRollUpBenchmark.maxDifference(pillars, sql)).isLessThan(1e-12);
      assertThat(input.maxDifference).isLessThan(1e-12);
      assertThat(pillars.score(dev.pillars.core.goal.GoalId.of("g0")).orElseThrow()).isBetween(0.0, 1.0);
    } finally {
      input.tearDown();
    }
  }

  @Test
  void aMeasurementIsStoredAndItsAncestorsRecomputed() throws SQLException {
    JdbcMeasurementBenchmark benchmark = new JdbcMeasurementBenchmark();
    JdbcMeasurementBenchmark.Input input = new JdbcMeasurementBenchmark.Input();
    input.size = 3_000;
    input.setUp();
    try {
      JdbcMeasurementBenchmark.Cursor cursor = new JdbcMeasurementBenchmark.Cursor();
      for (int i = 0; i < 20; i++) {
        assertThat(benchmark.measureAndUpdate(input, cursor)).isPositive();
      }
      for (int i = 0; i < 5; i++) {
        assertThat(benchmark.rawInsert(input, cursor)).isEqualTo(1);
      }
      long stored = 0;
      for (int k = 0; k < JdbcMeasurementBenchmark.KPIS; k++) {
        stored += input.tenant.measurements().count(KpiId.of("kpi-" + k));
      }
      assertThat(stored).isEqualTo(25);
      CascadeResult full = input.result.copy();
      full.recompute();
      assertThat(full.scores()).isEqualTo(input.result.scores());
    } finally {
      input.tearDown();
    }
  }

  @Test
  void withoutADatabaseTheBenchmarksSayHowToStartOne() {
    System.clearProperty(BenchDatabase.URL);
    if (System.getenv("PILLARS_PG_URL") == null) {
      assertThatThrownBy(BenchDatabase::open).hasMessageContaining("pg_virtualenv");
    }
  }
}
