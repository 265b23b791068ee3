package dev.pillars.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;

/**
 * The databases the tests run against: H2 in memory, in PostgreSQL mode, and a real PostgreSQL
 * server named by the environment.
 *
 * <p>The PostgreSQL URL comes from {@code PILLARS_PG_URL} (such as {@code
 * jdbc:postgresql://localhost:5432/pillars}), user and password from {@code PGUSER} and {@code
 * PGPASSWORD} as {@code pg_virtualenv} exports them. Without the URL the PostgreSQL tests fail,
 * naming what is missing, unless the system property {@code pillars.pg.optional=true} says that a
 * run without PostgreSQL is intended; then they are reported as aborted, never silently passed.
 * {@code ./run-tests} at the repository root starts a throwaway server and sets the URL.
 */
final class TestDatabases {
  static final String PG_URL = "PILLARS_PG_URL";
  static final String PG_OPTIONAL = "pillars.pg.optional";

  private TestDatabases() {}

  /** Returns a pooled data source over a new, empty H2 database in memory, in PostgreSQL mode. */
  static HikariDataSource h2() {
    return h2("jdbc:h2:mem:pillars-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000");
  }

  /** Returns a pooled data source over an H2 URL. */
  static HikariDataSource h2(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(24);
    config.setPoolName("h2-test");
    return new HikariDataSource(config);
  }

  /**
   * Returns a pooled data source over the PostgreSQL server of {@code PILLARS_PG_URL}, or fails the
   * calling test class if the variable is not set (aborts it, if {@code pillars.pg.optional=true}).
   */
  static HikariDataSource postgres() {
    String url = System.getenv(PG_URL);
    if (url == null || url.isBlank()) {
      String message =
          "the PostgreSQL tests need a server: set " + PG_URL + " (such as"
              + " jdbc:postgresql://localhost:5432/pillars) and PGUSER/PGPASSWORD, or run ./run-tests at"
              + " the repository root, which starts a throwaway server with pg_virtualenv";
      if (Boolean.getBoolean(PG_OPTIONAL)) {
        abort("PostgreSQL tests NOT RUN (" + PG_OPTIONAL + "=true): " + message);
      }
      fail(message + "; to run without PostgreSQL on purpose, pass -D" + PG_OPTIONAL + "=true");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    String user = System.getenv("PGUSER");
    if (user != null) {
      config.setUsername(user);
    }
    String password = System.getenv("PGPASSWORD");
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(24);
    config.setPoolName("postgres-test");
    return new HikariDataSource(config);
  }
}
