package dev.pillars.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.pillars.core.TenantId;
import dev.pillars.persistence.jdbc.JdbcStore;
import dev.pillars.persistence.jdbc.PillarsSchema;
import dev.pillars.persistence.jdbc.SchemaOptions;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PillarsStore;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The one place where the example chooses its store; everything else talks to the persistence SPI.
 *
 * <p>The system property {@value #STORE} selects it: {@code memory} (the default) is the in-memory
 * reference store; {@code h2} is the JDBC store on an embedded in-memory H2 database (PostgreSQL
 * mode); {@code postgres} is the JDBC store on the database {@value #JDBC_URL} names (user and
 * password from {@code pillars.jdbc.user} / {@code pillars.jdbc.password} or {@code PGUSER} /
 * {@code PGPASSWORD}). Setting {@value #JDBC_URL} alone selects {@code postgres}. The JDBC store
 * borrows connections from a HikariCP pool the example owns, after Flyway has migrated the schema.
 * A server database keeps data between runs, so there the firm goes into a fresh tenant each run.
 */
final class ExampleStores {
  /** The system property that selects the store: {@code memory}, {@code h2} or {@code postgres}. */
  static final String STORE = "pillars.store";
  /** The system property that names a database's JDBC URL for the JDBC store. */
  static final String JDBC_URL = "pillars.jdbc.url";

  private ExampleStores() {}

  /**
   * An open store, what it is, and how to release what it holds (a connection pool, say).
   *
   * @param store the store
   * @param description what the report calls it
   * @param tenant the tenant to write the firm into
   * @param release releases the store's resources; does nothing for the in-memory store
   */
  record OpenStore(PillarsStore store, String description, TenantId tenant, Runnable release)
      implements AutoCloseable {
    @Override
    public void close() {
      release.run();
    }
  }

  /** Opens the store the system properties select. */
  static OpenStore fromSystemProperties() {
    return open(System.getProperty(STORE), System.getProperty(JDBC_URL));
  }

  /**
   * Opens a store.
   *
   * @param kind {@code memory}, {@code h2} or {@code postgres}; null means {@code memory}
   * @param url the database's JDBC URL, for the JDBC store
   * @throws IllegalArgumentException if the kind is unknown or this build cannot open it
   */
  static OpenStore open(@Nullable String kind, @Nullable String url) {
    String chosen = kind == null || kind.isBlank()
        ? (url == null ? "memory" : "postgres")
        : kind.trim().toLowerCase(Locale.ROOT);
    switch (chosen) {
      case "memory":
        return new OpenStore(MemoryStore.create(), "the in-memory store", AcmeFirm.TENANT, () -> {});
      case "h2":
        String database = "pillars-manufacturing-" + UUID.randomUUID();
        return jdbc("jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";DB_CLOSE_DELAY=-1", "sa", "",
            "the JDBC store on embedded H2 (PostgreSQL mode)", AcmeFirm.TENANT);
      case "postgres":
        if (url == null) {
          throw new IllegalArgumentException("-D" + STORE + "=postgres needs -D" + JDBC_URL
              + "=jdbc:postgresql://host:port/database");
        }
        TenantId fresh = TenantId.of(AcmeFirm.TENANT.value() + "-" + UUID.randomUUID().toString().substring(0, 8));
        return jdbc(url,
            System.getProperty("pillars.jdbc.user", System.getenv().getOrDefault("PGUSER", "postgres")),
            System.getProperty("pillars.jdbc.password", System.getenv().getOrDefault("PGPASSWORD", "")),
            "the JDBC store on " + url, fresh);
      default:
        throw new IllegalArgumentException(
            "-D" + STORE + " must be memory, h2 or postgres, was \"" + kind + "\"");
    }
  }

  private static OpenStore jdbc(String url, String user, String password, String description, TenantId tenant) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    // named, so a second example run in the same JVM (exec:java gives each its own class loader)
    // loads the driver through its own loader rather than DriverManager's first registration
    config.setDriverClassName(url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver");
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(4);
    config.setPoolName("pillars-manufacturing");
    HikariDataSource pool = new HikariDataSource(config);
    try {
      PillarsSchema.migrate(pool, SchemaOptions.defaults());
      return new OpenStore(JdbcStore.create(pool), description, tenant, pool::close);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }
}
