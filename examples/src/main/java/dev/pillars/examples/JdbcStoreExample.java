package dev.pillars.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.jdbc.JdbcStore;
import dev.pillars.persistence.jdbc.PillarsSchema;
import dev.pillars.persistence.jdbc.SchemaOptions;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The same goals code on two stores: first the in-memory store, then the JDBC store on a real
 * database, through nothing but the persistence SPI.
 *
 * <p>The database is embedded H2 in memory (PostgreSQL mode) unless the system property {@code
 * pillars.jdbc.url} names another, such as {@code
 * -Dpillars.jdbc.url=jdbc:postgresql://localhost:5432/pillars}, with {@code pillars.jdbc.user} and
 * {@code pillars.jdbc.password} (or the environment's {@code PGUSER} and {@code PGPASSWORD}). The
 * host owns the connection pool (HikariCP here) and applies Pillars' Flyway migrations with {@link
 * PillarsSchema#migrate}; the store only borrows connections.
 */
public final class JdbcStoreExample {
  /** Dates the domain events of the example's changes. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  /** The system property that names the JDBC URL of the database. */
  public static final String URL = "pillars.jdbc.url";

  static final String H2 =
      "jdbc:h2:mem:pillars-example;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final EmployeeId DANA = EmployeeId.of("dana");
  private static final int BULK = 10_000;

  private JdbcStoreExample() {}

  /**
   * Runs the example on the in-memory store and on the database and prints what happens.
   *
   * @param args ignored; see the class documentation for the system properties
   */
  public static void main(String[] args) {
    String url = System.getProperty(URL, H2);
    String user = System.getProperty("pillars.jdbc.user", System.getenv().getOrDefault("PGUSER", "sa"));
    String password = System.getProperty("pillars.jdbc.password", System.getenv().getOrDefault("PGPASSWORD", ""));
    run(System.out, url, user, password);
  }

  static void run(PrintStream out, String url, String user, String password) {
    out.println("== the in-memory store ==");
    scenario(out, MemoryStore.create(), TenantId.of("acme"));

    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(url.equals(H2) ? H2 + ";DB_CLOSE_DELAY=-1" : url);
    pool.setUsername(user);
    pool.setPassword(password);
    pool.setMaximumPoolSize(4);
    pool.setPoolName("pillars-example");
    try (HikariDataSource dataSource = new HikariDataSource(pool)) {
      SchemaOptions options = SchemaOptions.defaults();
      int applied = PillarsSchema.migrate(dataSource, options);
      out.println();
      out.println("== the JDBC store on " + (url.equals(H2) ? "embedded H2 (PostgreSQL mode)" : url) + " ==");
      out.println("migrations applied: " + applied + " (tables " + options.tablePrefix() + "*)");
      // A database keeps data between runs: a tenant of its own keeps this run apart from others.
      TenantId tenant = url.equals(H2) ? TenantId.of("acme") : TenantId.of("acme-" + UUID.randomUUID().toString().substring(0, 8));
      scenario(out, JdbcStore.create(dataSource), tenant);
    }
  }

  /** What the example does, the same on every store. */
  static void scenario(PrintStream out, PillarsStore store, TenantId id) {
    TenantStore acme = store.forTenant(id);

    acme.runInTransaction(
        work -> {
          work.goals().insert(goal("quality", GoalOwner.unit(OrgUnitId.of("acme")), GoalLevel.ORGANISATION, 0));
          work.goals().insert(goal("line-3-scrap", GoalOwner.unit(OrgUnitId.of("line-3")), GoalLevel.UNIT, 0));
          work.goals().insert(goal("dana-training", GoalOwner.employee(DANA), GoalLevel.INDIVIDUAL, 0));
        });
    out.println("stored " + acme.goals().count() + " goals for tenant " + acme.tenant().value().replaceAll("-.*", ""));

    // Bulk: 10,000 goals made lazily, sent in batches of 500, read back through one stream.
    long loaded =
        acme.inTransaction(
            work -> work.goals().insertAll(
                IntStream.range(0, BULK).mapToObj(n -> goal("team-" + n, GoalOwner.unit(OrgUnitId.of("team-" + n % 40)), GoalLevel.UNIT, n)),
                500));
    double weights;
    try (Stream<Versioned<Goal>> all = acme.goals().stream()) {
      weights = all.mapToDouble(v -> v.value().weight()).sum();
    }
    out.println("bulk-loaded " + loaded + " goals; streamed them back, total weight " + String.format(Locale.ROOT, "%.1f", weights));

    Versioned<Goal> read = acme.goals().find(GoalId.of("line-3-scrap")).orElseThrow();
    acme.runInTransaction(work -> work.goals().update(read.value().transitionTo(GoalStatus.ACTIVE, CLOCK).value(), read.version()));
    try {
      acme.runInTransaction(work -> work.goals().update(read.value().transitionTo(GoalStatus.CANCELLED, CLOCK).value(), read.version()));
    } catch (StaleVersionException e) {
      out.println("stale write rejected: expected version " + e.expectedVersion() + ", stored " + e.actualVersion());
    }

    try (UnitOfWork work = acme.begin()) {
      work.goals().insert(goal("half-done", GoalOwner.employee(DANA), GoalLevel.INDIVIDUAL, 1));
      work.goals().delete(GoalId.of("quality"), 1);
      work.rollback();
    }
    out.println("rolled back: " + acme.goals().count() + " goals, quality still there: "
        + acme.goals().find(GoalId.of("quality")).isPresent());

    ErasureReport report = acme.inTransaction(work -> work.personalData().erase(DANA, EmployeeId.of("erased-5e1f")));
    out.println("erased dana: " + report.pseudonymised() + " goal(s) now owned by " + report.pseudonym()
        + "; export of dana is empty: " + acme.personalData().export(DANA).isEmpty());
  }

  private static Goal goal(String id, GoalOwner owner, GoalLevel level, int n) {
    GoalMeasure measure;
    if (level == GoalLevel.INDIVIDUAL) {
      measure = GoalMeasure.milestones(List.of(Milestone.open("course booked").complete(), Milestone.open("exam")));
    } else if (n % 2 == 0) {
      measure = GoalMeasure.kpi(KpiId.of("scrap-rate"), KpiTarget.of(4.0, 2.5));
    } else {
      measure = GoalMeasure.manual(0.25);
    }
    return Goal.builder()
        .id(GoalId.of(id))
        .title("Goal " + id)
        .owner(owner)
        .level(level)
        .period(YEAR)
        .weight(1 + n % 4)
        .measure(measure)
        .build();
  }
}
