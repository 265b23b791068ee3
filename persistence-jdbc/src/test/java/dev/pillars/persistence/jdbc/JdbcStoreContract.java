package dev.pillars.persistence.jdbc;

import static dev.pillars.persistence.tck.TckGoals.employee;
import static dev.pillars.persistence.tck.TckGoals.id;
import static dev.pillars.persistence.tck.TckGoals.individual;
import static dev.pillars.persistence.tck.TckGoals.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentCycleException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.jdbc.FaultyDataSource.Fault;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.testing.GoalGraphs;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC store promises beyond the TCK: schema options and migrations, connections given
 * back, streams through a cursor, SQL failures as the SPI's exceptions, and bad arguments. Run once
 * per database by a subclass.
 */
abstract class JdbcStoreContract {
  private final String run = "jdbc-" + UUID.randomUUID().toString().substring(0, 8);
  private int tenants;

  /** The database; its default tables are migrated. */
  private final MigratedDatabase database;

  /** Runs the contract on a database. */
  JdbcStoreContract(MigratedDatabase database) {
    this.database = database;
  }

  final TenantId newTenant() {
    return TenantId.of(run + "-" + ++tenants);
  }

  /** Returns a schema name no other test uses. */
  final String newSchema() {
    return "pillars_" + UUID.randomUUID().toString().substring(0, 8);
  }

  final void execute(String sql) {
    try (Connection connection = database.pooled().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new AssertionError(sql, e);
    }
  }

  @Test
  void migratingTwiceAppliesNothingTheSecondTime() {
    String schema = newSchema();
    SchemaOptions options = SchemaOptions.defaults().inSchema(schema);
    assertThat(PillarsSchema.migrate(database.pooled(), options)).isPositive();
    assertThat(PillarsSchema.migrate(database.pooled(), options)).isZero();
    assertThat(TableDump.of(database.pooled(), options)).containsKeys("pillars_goals", "pillars_schema_history");
  }

  @Test
  void tablesInAnotherSchemaWithAnotherPrefixLiveBesideTheHostsOwnAndTheDefaultOnes() {
    String schema = newSchema();
    execute("CREATE SCHEMA \"" + schema + "\"");
    execute("CREATE TABLE \"" + schema + "\".host_employees (id VARCHAR(64) PRIMARY KEY, name VARCHAR(200))");
    execute("INSERT INTO \"" + schema + "\".host_employees VALUES ('e-0', 'Dana')");
    SchemaOptions options = SchemaOptions.defaults().inSchema(schema).withTablePrefix("hr_pillars_");

    assertThat(PillarsSchema.migrate(database.pooled(), options)).isPositive();
    JdbcStore beside = JdbcStore.builder(database.pooled()).options(options).build();
    JdbcStore defaults = JdbcStore.create(database.pooled());
    TenantId tenant = newTenant();
    beside.forTenant(tenant).runInTransaction(work -> work.goals().insert(individual(0, 0, employee(0))));

    assertThat(beside.forTenant(tenant).goals().find(id(0))).contains(Versioned.of(individual(0, 0, employee(0)), 1));
    assertThat(defaults.forTenant(tenant).goals().count()).isZero();
    assertThat(TableDump.of(database.pooled(), options))
        .containsOnlyKeys(
            Stream.of(
                    "goals", "employees", "org_units", "kpi_definitions", "measurements", "check_ins",
                    "alignment_graphs", "alignment_links", "erasures", "tenant_commits", "outbox",
                    "schema_history",
                    "recognitions", "points_budgets", "review_templates", "review_cycles", "reviews",
                    "merit_matrices", "bonus_plans", "allocation_runs",
                    "calibration_sessions",
                    "schema_history",
                    "competency_models", "assessments", "development_plans", "coaching_sessions", "succession_plans",
                    "feedback", "feedback_anonymous_givers", "feedback_requests", "three_sixty_rounds", "one_on_ones", "surveys",
                    "schema_history",
                    "points_budget_givers")
                .map(table -> "hr_pillars_" + table)
                .toArray(String[]::new));
    assertThat(TableDump.of(database.pooled(), options).get("hr_pillars_goals")).hasSize(1);
    assertThat(beside.options()).isEqualTo(options);
  }

  @Test
  void theHostsOwnFlywayAppliesTheSameMigrations() {
    String schema = newSchema();
    SchemaOptions options = SchemaOptions.defaults().inSchema(schema).withTablePrefix("own_");
    Flyway.configure()
        .dataSource(database.pooled())
        .locations(PillarsSchema.LOCATION)
        .placeholders(PillarsSchema.placeholders(options))
        .table(options.historyTable())
        .schemas(schema)
        .defaultSchema(schema)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();

    assertThat(PillarsSchema.migrate(database.pooled(), options)).isZero();
    JdbcStore store = JdbcStore.builder(database.pooled()).options(options).build();
    TenantStore tenant = store.forTenant(newTenant());
    tenant.runInTransaction(work -> work.goals().insert(unit(1, 1)));
    assertThat(tenant.goals().count()).isEqualTo(1);
  }

  @Test
  void aStoreWhoseTablesAreMissingFailsWithPersistenceExceptionKeepingTheSqlFailure() {
    JdbcStore store =
        JdbcStore.builder(database.pooled()).options(SchemaOptions.defaults().withTablePrefix("missing_")).build();
    TenantStore tenant = store.forTenant(newTenant());

    assertThatThrownBy(() -> tenant.goals().count())
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("GoalRepository.count on tenant '" + tenant.tenant() + "' failed in the database")
        .hasCauseInstanceOf(SQLException.class);
    assertThatThrownBy(() -> tenant.goals().stream().close())
        .isInstanceOf(PersistenceException.class)
        .hasCauseInstanceOf(SQLException.class);
    try (UnitOfWork work = tenant.begin()) {
      assertThatThrownBy(() -> work.goals().insert(unit(0, 0)))
          .isInstanceOf(PersistenceException.class)
          .hasCauseInstanceOf(SQLException.class);
      assertThat(work.isActive()).isTrue();
    }
    assertThat(database.pooled().getHikariPoolMXBean().getActiveConnections()).isZero();
  }

  @Test
  void aRowNoValidGoalHasFailsTheReadNamingTheRow() {
    TenantStore tenant = JdbcStore.create(database.pooled()).forTenant(newTenant());
    tenant.runInTransaction(work -> work.goals().insert(individual(0, 1, employee(0))));
    execute(
        "UPDATE pillars_goals SET kpi_stretch = kpi_baseline WHERE tenant = '" + tenant.tenant() + "' AND id = 'g-0'");

    assertThatThrownBy(() -> tenant.goals().find(id(0)))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("the row 'g-0' of table goals does not hold a valid Goal")
        .hasCauseInstanceOf(InvalidInputException.class);
  }

  @Test
  void readsGiveTheirConnectionBackAndAStreamHoldsOneUntilItIsClosed() {
    HikariDataSource pool = database.pooled();
    TenantStore tenant = JdbcStore.create(pool).forTenant(newTenant());
    tenant.runInTransaction(work -> work.goals().insertAll(IntStream.range(0, 50).mapToObj(n -> unit(n, n)), 16));
    int idle = pool.getHikariPoolMXBean().getActiveConnections();

    assertThat(tenant.goals().count()).isEqualTo(50);
    assertThat(tenant.goals().find(id(3))).isPresent();
    assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isEqualTo(idle);
    Stream<Versioned<Goal>> open = tenant.goals().stream();
    Iterator<Versioned<Goal>> goals = open.iterator();
    goals.next();
    assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isEqualTo(idle + 1);
    open.close();
    assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isEqualTo(idle);
    try (Stream<Versioned<Goal>> all = tenant.goals().stream()) {
      assertThat(all.count()).isEqualTo(50);
    }
    assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isEqualTo(idle);

    UnitOfWork work = tenant.begin();
    Stream<Versioned<Goal>> leftOpen = work.goals().stream();
    leftOpen.iterator().next();
    work.commit();
    assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isEqualTo(idle);
  }

  @Test
  void aStreamFetchesThroughACursorInsideAReadOnlyTransactionAndRestoresAutoCommit() {
    FaultyDataSource recording = new FaultyDataSource(database.unpooled());
    JdbcStore store = JdbcStore.builder(recording).fetchSize(7).build();
    TenantStore tenant = store.forTenant(newTenant());
    tenant.runInTransaction(work -> work.goals().insertAll(IntStream.range(0, 20).mapToObj(n -> unit(n, n)), 8));

    recording.disarm();
    try (Stream<Versioned<Goal>> all = tenant.goals().stream()) {
      assertThat(all.map(v -> v.value().id()).collect(Collectors.toSet())).hasSize(20);
    }
    assertThat(recording.calls())
        .containsSubsequence(
            "DataSource.getConnection()",
            "Connection.setAutoCommit(false)",
            "Connection.prepareStatement(_)",
            "PreparedStatement.setFetchSize(7)",
            "PreparedStatement.executeQuery()",
            "PreparedStatement.close()",
            "Connection.rollback()",
            "Connection.setAutoCommit(true)",
            "Connection.close()");
    assertThat(store.fetchSize()).isEqualTo(7);
  }

  @Test
  void aUnitOfWorkTakesOneConnectionWithAutoCommitOffAndSendsBatches() {
    FaultyDataSource recording = new FaultyDataSource(database.unpooled());
    TenantStore tenant = JdbcStore.create(recording).forTenant(newTenant());

    recording.disarm();
    tenant.runInTransaction(
        work -> {
          work.goals().insertAll(IntStream.range(0, 10).mapToObj(n -> unit(n, n)), 4);
          work.goals().update(unit(3, 9), 1);
          work.goals().find(id(4));
        });
    List<String> calls = recording.calls();
    assertThat(calls.stream().filter(c -> c.equals("DataSource.getConnection()"))).hasSize(1);
    assertThat(calls.stream().filter(c -> c.equals("PreparedStatement.executeBatch()"))).hasSize(3);
    assertThat(calls.stream().filter(c -> c.equals("PreparedStatement.addBatch()"))).hasSize(10);
    assertThat(calls)
        .containsSubsequence(
            "DataSource.getConnection()",
            "Connection.setAutoCommit(false)",
            "PreparedStatement.executeBatch()",
            "PreparedStatement.executeUpdate()",
            "PreparedStatement.executeQuery()",
            "Connection.commit()",
            "Connection.setAutoCommit(true)",
            "Connection.close()");
  }

  @Test
  void aReadThatFailsAfterAWriteLeavesAUnitOfWorkThatCanOnlyRollBack() {
    FaultyDataSource faulty = new FaultyDataSource(database.unpooled());
    TenantStore tenant = JdbcStore.create(faulty).forTenant(newTenant());
    tenant.runInTransaction(work -> work.goals().insert(unit(0, 0)));
    Map<String, List<String>> before = TableDump.of(database.pooled(), SchemaOptions.defaults());

    faulty.disarm();
    try (UnitOfWork work = tenant.begin()) {
      work.goals().insert(unit(1, 1));
      faulty.arm(0, Fault.THROW);
      assertThatThrownBy(() -> work.goals().count()).isInstanceOf(PersistenceException.class);
      faulty.disarm();
      assertThatThrownBy(() -> work.goals().find(id(1)))
          .isInstanceOf(PersistenceException.class)
          .hasMessageContaining("can only roll back");
      assertThatThrownBy(work::commit).isInstanceOf(PersistenceException.class);
      assertThat(work.isActive()).isFalse();
    }
    assertThat(TableDump.of(database.pooled(), SchemaOptions.defaults())).isEqualTo(before);

    try (UnitOfWork work = tenant.begin()) {
      faulty.arm(0, Fault.THROW);
      assertThatThrownBy(() -> work.goals().count()).isInstanceOf(PersistenceException.class);
      faulty.disarm();
      work.goals().insert(unit(2, 2));
      work.commit();
    }
    assertThat(tenant.goals().count()).isEqualTo(2);
  }

  @Test
  void erasureAddsOneToTheVersionOfEveryGoalItPseudonymises() {
    TenantStore tenant = JdbcStore.create(database.pooled()).forTenant(newTenant());
    tenant.runInTransaction(
        work -> {
          work.goals().insert(individual(0, 0, employee(0)));
          work.goals().insert(individual(1, 1, employee(0)));
          work.goals().insert(individual(2, 2, employee(1)));
        });
    tenant.runInTransaction(work -> work.goals().update(individual(1, 5, employee(0)), 1));

    tenant.runInTransaction(work -> work.personalData().erase(employee(0), EmployeeId.of("erased-0")));

    assertThat(tenant.goals().find(id(0)).orElseThrow().version()).isEqualTo(2);
    assertThat(tenant.goals().find(id(1)).orElseThrow().version()).isEqualTo(3);
    assertThat(tenant.goals().find(id(2)).orElseThrow().version()).isEqualTo(1);
    assertThat(tenant.personalData().export(EmployeeId.of("erased-0")).goals()).hasSize(2);
  }

  @Test
  void aBulkAddOfAGeneratedCascadeKeepsEveryRuleAndIsAllOrNothing() {
    AlignmentGraph graph = GoalGraphs.generate(5_000, 5, 0.2, 20261125L);
    TenantStore tenant = JdbcStore.create(database.pooled()).forTenant(newTenant());
    tenant.runInTransaction(work -> work.goals().insertAll(graph.goals().iterator(), 1_000));
    List<AlignmentLink> links = graph.links();
    GoalId leaf = links.get(links.size() - 1).child();
    GoalId top = graph.ancestors(leaf).stream().filter(g -> graph.parents(g).isEmpty()).findFirst().orElseThrow();
    List<AlignmentLink> closingACycle = new ArrayList<>(links);
    closingACycle.add(AlignmentLink.of(top, leaf, 1));
    Goal leafGoal = graph.goal(leaf).orElseThrow();
    Goal otherQuarter =
        graph.goals().stream()
            .filter(g -> g.level() == GoalLevel.INDIVIDUAL && !g.period().overlaps(leafGoal.period()))
            .findFirst()
            .orElseThrow();
    List<AlignmentLink> breakingAPeriod = new ArrayList<>(links);
    breakingAPeriod.add(links.size() / 2, AlignmentLink.of(leaf, otherQuarter.id(), 1));

    assertThatThrownBy(() -> tenant.runInTransaction(work -> work.alignment().addAll(closingACycle.iterator(), 700, 0)))
        .isInstanceOfSatisfying(
            AlignmentCycleException.class,
            e -> {
              assertThat(e.child()).isEqualTo(top);
              assertThat(e.cycle()).startsWith(leaf).endsWith(leaf).contains(top);
            });
    assertThatThrownBy(() -> tenant.runInTransaction(work -> work.alignment().addAll(breakingAPeriod.iterator(), 700, 0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("period");
    assertThat(tenant.alignment().graphVersion()).isZero();
    assertThat(tenant.alignment().count()).isZero();

    long version = tenant.inTransaction(work -> work.alignment().addAll(links.iterator(), 700, 0));
    assertThat(version).isEqualTo(1);
    AlignmentGraph.Builder stored = AlignmentGraph.builder().addGoals(graph.goals());
    try (Stream<AlignmentLink> all = tenant.alignment().stream()) {
      all.forEach(stored::addLink);
    }
    assertThat(stored.build()).isEqualTo(graph);
  }

  @Test
  void badArgumentsFailWithInvalidInputException() {
    DataSource none = null;
    SchemaOptions noOptions = null;
    String noName = null;
    assertThatThrownBy(() -> JdbcStore.create(none)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JdbcStore.builder(none)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JdbcStore.builder(database.pooled()).options(noOptions))
        .isInstanceOf(NullPointerException.class);
    for (int fetchSize : new int[] {0, -1, 1_000_001}) {
      assertThatThrownBy(() -> JdbcStore.builder(database.pooled()).fetchSize(fetchSize))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("fetchSize"));
    }
    for (String prefix : new String[] {"Pillars_", "1x_", "x-", "x y", "a".repeat(41), "p;drop"}) {
      assertThatThrownBy(() -> SchemaOptions.defaults().withTablePrefix(prefix))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("tablePrefix"));
    }
    for (String schema : new String[] {"", "1hr", "h\"r", "hr.x", "a".repeat(64)}) {
      assertThatThrownBy(() -> SchemaOptions.defaults().inSchema(schema))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("schema"));
    }
    assertThatThrownBy(() -> SchemaOptions.defaults().inSchema(noName)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SchemaOptions.defaults().withTablePrefix(noName))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PillarsSchema.migrate(none, SchemaOptions.defaults()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PillarsSchema.migrate(database.pooled(), noOptions)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PillarsSchema.placeholders(noOptions)).isInstanceOf(NullPointerException.class);
    assertThat(SchemaOptions.defaults().withTablePrefix("").historyTable()).isEqualTo("schema_history");
    assertThat(SchemaOptions.defaults().inSchema("HR_1").schema()).contains("HR_1");
  }
}
