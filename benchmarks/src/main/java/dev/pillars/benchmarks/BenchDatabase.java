package dev.pillars.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.pillars.persistence.jdbc.JdbcStore;
import dev.pillars.persistence.jdbc.PillarsSchema;
import dev.pillars.persistence.jdbc.SchemaOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The database a JDBC benchmark runs against: a HikariCP pool over the URL of the system property
 * {@code pillars.bench.jdbc.url} or else the environment's {@code PILLARS_PG_URL} (user and
 * password from {@code PGUSER} and {@code PGPASSWORD}, as {@code pg_virtualenv} exports them), and
 * a schema of its own, migrated on opening and dropped on closing. Without a URL it fails, saying
 * how to start a throwaway PostgreSQL.
 *
 * <p>For PostgreSQL the pool turns on the driver's {@code reWriteBatchedInserts}, as a vendor doing
 * bulk loads would; the store and the hand-written baselines share the pool, so both get it.
 */
final class BenchDatabase implements AutoCloseable {
  /** The system property that overrides {@code PILLARS_PG_URL}, such as an H2 URL in the smoke tests. */
  static final String URL = "pillars.bench.jdbc.url";

  final HikariDataSource dataSource;
  final SchemaOptions options;
  final String url;

  private BenchDatabase(HikariDataSource dataSource, SchemaOptions options, String url) {
    this.dataSource = dataSource;
    this.options = options;
    this.url = url;
  }

  static BenchDatabase open() {
    String url = System.getProperty(URL, System.getenv("PILLARS_PG_URL"));
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "the JDBC benchmarks need PostgreSQL: run them inside pg_virtualenv with PILLARS_PG_URL set,"
              + " as BENCHMARKS.md shows, or pass -D" + URL + "=<jdbc url>");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    String user = System.getenv("PGUSER");
    String password = System.getenv("PGPASSWORD");
    if (url.startsWith("jdbc:postgresql:")) {
      if (user != null) {
        config.setUsername(user);
      }
      if (password != null) {
        config.setPassword(password);
      }
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    config.setMaximumPoolSize(4);
    config.setPoolName("pillars-bench");
    HikariDataSource dataSource = new HikariDataSource(config);
    SchemaOptions options = SchemaOptions.defaults().inSchema("bench_" + UUID.randomUUID().toString().substring(0, 8));
    PillarsSchema.migrate(dataSource, options);
    return new BenchDatabase(dataSource, options, url);
  }

  JdbcStore store() {
    return JdbcStore.builder(dataSource).options(options).fetchSize(10_000).build();
  }

  /** Returns the qualified name of one of the store's tables, such as {@code measurements}. */
  String table(String name) {
    return '"' + options.schema().orElseThrow() + "\"." + options.tablePrefix() + name;
  }

  void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Override
  public void close() {
    try {
      execute("DROP SCHEMA \"" + options.schema().orElseThrow() + "\" CASCADE");
    } finally {
      dataSource.close();
    }
  }
}
