package dev.pillars.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

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

  /**
   * A database to connect to.
   *
   * @param url its JDBC URL
   * @param user the user, if the URL does not name one
   * @param password the password, if any
   */
  record Database(String url, Optional<String> user, Optional<String> password) {
    /** Returns a HikariCP pool over the database, as a host would configure one. */
    HikariDataSource pooled() {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      user.ifPresent(config::setUsername);
      password.ifPresent(config::setPassword);
      config.setMaximumPoolSize(24);
      return new HikariDataSource(config);
    }

    /** Returns a data source that opens a new physical connection every time; closing closes it. */
    DataSource unpooled() {
      return new DriverManagerDataSource(this);
    }
  }

  private TestDatabases() {}

  /** Returns a new, empty H2 database in memory, in PostgreSQL mode, kept while the JVM runs. */
  static Database h2() {
    return new Database(
        "jdbc:h2:mem:pillars-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000",
        Optional.of("sa"),
        Optional.of(""));
  }

  /**
   * Returns the PostgreSQL server of {@code PILLARS_PG_URL}, or fails the calling test class if the
   * variable is not set (aborts it, if {@code pillars.pg.optional=true}).
   */
  static Database postgres() {
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
    return new Database(
        url, Optional.ofNullable(System.getenv("PGUSER")), Optional.ofNullable(System.getenv("PGPASSWORD")));
  }

  /** A data source without a pool, over {@link DriverManager}. */
  private static final class DriverManagerDataSource extends PlainDataSource {
    private final Database database;

    DriverManagerDataSource(Database database) {
      this.database = database;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(
          database.url(), database.user().orElse(null), database.password().orElse(null));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return DriverManager.getConnection(database.url(), username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return DriverManager.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      DriverManager.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
      DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
      return DriverManager.getLoginTimeout();
    }
  }
}
