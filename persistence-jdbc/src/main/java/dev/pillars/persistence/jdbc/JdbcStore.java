package dev.pillars.persistence.jdbc;

import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.coaching.CoachingSession;
import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.core.Checks;
import dev.pillars.core.TenantId;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.BonusPlan;
import dev.pillars.core.reward.BonusPlanId;
import dev.pillars.core.reward.MeritMatrix;
import dev.pillars.core.reward.MeritMatrixId;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetId;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionId;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewId;
import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.TenantStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The persistence SPI over a relational database reached through a {@link DataSource} the host
 * supplies: PostgreSQL 15+ in production, H2 2.x in PostgreSQL mode embedded. It passes the whole
 * TCK on both.
 *
 * <pre>{@code
 * PillarsSchema.migrate(dataSource, SchemaOptions.defaults());   // or the host's own Flyway
 * PillarsStore store = JdbcStore.create(dataSource);
 * store.forTenant(tenant).runInTransaction(work -> work.goals().insert(goal));
 * }</pre>
 *
 * <ul>
 *   <li><b>Connections.</b> The store never creates connections of its own: each read outside a
 *       unit of work borrows one from the data source and closes it before returning; a stream
 *       holds one until it is closed; a unit of work holds one, with auto-commit off, until it
 *       commits or rolls back. Use a pooled data source (such as HikariCP) sized for the units of
 *       work and open streams the host runs at once. The store restores auto-commit before it
 *       closes a connection it changed.
 *   <li><b>Isolation.</b> Units of work rely on READ COMMITTED, the default of PostgreSQL and H2:
 *       every statement sees the data committed when it starts, so a read or a stream never sees
 *       part of a commit, and writes lock the rows they change until the unit of work ends. Do not
 *       configure the data source for REPEATABLE READ or SERIALIZABLE.
 *   <li><b>Rows.</b> Every aggregate is a row with typed columns, keyed by tenant and id; every
 *       statement names the tenant. Versions are checked by the {@code UPDATE} or {@code DELETE}
 *       itself ({@code ... WHERE tenant = ? AND id = ? AND version = ?}). Measurements and
 *       check-ins are rows keyed by their identity; instants are kept exactly (seconds and
 *       nanoseconds). Foreign keys tie measurements to their KPI's definition and check-ins and
 *       alignment links to their goals: deleting a definition or a goal deletes what belongs to it,
 *       and a goal that links join cannot be deleted. The tables are listed in {@link
 *       PillarsSchema}.
 *   <li><b>Alignment.</b> The tenant's graph version is one row; every link write updates it in the
 *       same unit of work, so link writers of a tenant take turns and no two of them can close a
 *       cycle together. Cycles and periods are checked by the store with queries, and reported by
 *       core.
 *   <li><b>Bulk.</b> {@code insertAll}, {@code appendAll} and {@code addAll} send JDBC batches of
 *       the size the caller asks for, each behind a savepoint; streams read through a database
 *       cursor, {@link Builder#fetchSize(int) fetchSize} rows at a time. PostgreSQL's driver
 *       honours the fetch size inside a transaction, which the store opens for every stream; its
 *       {@code reWriteBatchedInserts=true} makes batches several times faster. Embedded H2 keeps a
 *       result in its own memory unless the URL says {@code LAZY_QUERY_EXECUTION=TRUE}. A large
 *       bulk add of links on PostgreSQL runs {@code ANALYZE} on the links and goals tables (see
 *       {@code AlignmentLinkRepository.addAll}'s implementation notes in the package
 *       documentation).
 *   <li><b>Commit counter and outbox.</b> A unit of work that wrote raises its tenant's row in
 *       {@code tenant_commits} as its last statement before the database commits (and then numbers
 *       the outbox messages it appended), which makes the commits that write to one tenant take
 *       turns for that instant. Pending outbox messages are read in commit order through an index;
 *       a published message keeps only its id, type and time. H2 holds a payload of up to
 *       1,000,000 characters.
 *   <li><b>Failures.</b> An {@link SQLException} becomes a {@link
 *       dev.pillars.persistence.spi.PersistenceException} with the SQL failure as its cause; a key
 *       violation becomes a {@link dev.pillars.persistence.spi.DuplicateAggregateException}, a
 *       missing referenced row an {@link dev.pillars.persistence.spi.AggregateNotFoundException},
 *       a delete refused by a foreign key an {@link
 *       dev.pillars.persistence.spi.AggregateInUseException}. A write that fails is undone back to
 *       a savepoint, so the unit of work stays usable and nothing of the call remains.
 *   <li><b>Limits.</b> Measurement dates must lie from 0001-01-01 to 9999-12-31. PostgreSQL
 *       refuses text holding the character U+0000; such a write fails with a {@link
 *       dev.pillars.persistence.spi.PersistenceException}.
 *   <li><b>Thread safety.</b> The store, its tenant stores and their repositories are thread-safe;
 *       a unit of work is used by one thread at a time, like its connection.
 *   <li><b>Nested units of work.</b> While a thread holds more than one open unit of work of the
 *       store (one begun inside another, as a service calling {@code inTransaction} from inside
 *       another does), a write of either waits at most {@value #NESTED_LOCK_WAIT_MILLIS} ms for a
 *       row another unit of work holds, and then fails with a {@link
 *       dev.pillars.persistence.spi.PersistenceException} that says so, leaving the unit of work
 *       usable: the row is usually held by the other unit of work of the same thread, which cannot
 *       go on until the write returns, so waiting longer would wait forever. Alone on its thread, a
 *       unit of work waits as the database's own lock timeout says.
 * </ul>
 *
 * <p>A failure of the database itself during a read inside a unit of work that has written (a lost
 * connection, a cancelled statement) can leave a PostgreSQL transaction that refuses further
 * statements; the unit of work is then broken: it refuses every further call and its commit, and
 * can only roll back. A half-done call is never committed.
 */
public final class JdbcStore implements PillarsStore {
  /**
   * How long a write of a nested unit of work waits for a row another unit of work holds before it
   * fails (see the class documentation).
   */
  public static final int NESTED_LOCK_WAIT_MILLIS = 2_000;

  /** The fetch size of streams unless {@link Builder#fetchSize(int)} sets another. */
  public static final int DEFAULT_FETCH_SIZE = 1_000;

  private final DataSource dataSource;
  private final SchemaOptions options;
  private final int fetchSize;
  private final ThreadLocal<AtomicInteger> openOnThread = ThreadLocal.withInitial(AtomicInteger::new);
  final AggregateTable<GoalId, Goal> goals;
  final AggregateTable<EmployeeId, Employee> employees;
  final AggregateTable<OrgUnitId, OrgUnit> orgUnits;
  final AggregateTable<KpiId, KpiDefinition> kpiDefinitions;
  final AggregateTable<ReviewTemplateId, ReviewTemplate> reviewTemplates;
  final AggregateTable<ReviewCycleId, ReviewCycle> reviewCycles;
  final AggregateTable<ReviewId, Review> reviews;
  final AggregateTable<dev.pillars.core.calibration.CalibrationSessionId,
      dev.pillars.core.calibration.CalibrationSession> calibrationSessions;
  final FeedbackTables feedbackTables;
  final CommitCounter commits;
  final AggregateTable<RecognitionId, Recognition> recognitions;
  final AggregateTable<PointsBudgetId, PointsBudget> pointsBudgets;
  final AggregateTable<MeritMatrixId, MeritMatrix> meritMatrices;
  final AggregateTable<BonusPlanId, BonusPlan> bonusPlans;
  final AggregateTable<AllocationRunId, AllocationRun> allocationRuns;
  final AggregateTable<ModelRevision, CompetencyModel> competencyModels;
  final AggregateTable<AssessmentId, Assessment> assessments;
  final AggregateTable<PlanId, DevelopmentPlan> developmentPlans;
  final AggregateTable<CoachingSessionId, CoachingSession> coachingSessions;
  final AggregateTable<PositionId, SuccessionPlan> successionPlans;

  private JdbcStore(Builder builder) {
    this.dataSource = builder.dataSource;
    this.options = builder.options;
    this.fetchSize = builder.fetchSize;
    this.goals = new AggregateTable<>(GoalMapping.INSTANCE, options);
    this.employees = new AggregateTable<>(EmployeeMapping.INSTANCE, options);
    this.orgUnits = new AggregateTable<>(OrgUnitMapping.INSTANCE, options);
    this.kpiDefinitions = new AggregateTable<>(KpiDefinitionMapping.INSTANCE, options);
    this.reviewTemplates = new AggregateTable<>(ReviewTemplateMapping.INSTANCE, options);
    this.reviewCycles = new AggregateTable<>(ReviewCycleMapping.INSTANCE, options);
    this.reviews = new AggregateTable<>(ReviewMapping.INSTANCE, options);
    this.calibrationSessions = new AggregateTable<>(CalibrationSessionMapping.INSTANCE, options);
    this.feedbackTables = new FeedbackTables(options);
    this.commits = new CommitCounter(options);
    this.recognitions = new AggregateTable<>(RecognitionMapping.INSTANCE, options);
    this.pointsBudgets = new AggregateTable<>(PointsBudgetMapping.INSTANCE, options);
    this.meritMatrices = new AggregateTable<>(RewardMappings.Matrices.INSTANCE, options);
    this.bonusPlans = new AggregateTable<>(RewardMappings.Plans.INSTANCE, options);
    this.allocationRuns = new AggregateTable<>(RewardMappings.Runs.INSTANCE, options);
    this.competencyModels = new AggregateTable<>(DevelopmentMapping.MODELS, options);
    this.assessments = new AggregateTable<>(DevelopmentMapping.ASSESSMENTS, options);
    this.developmentPlans = new AggregateTable<>(DevelopmentMapping.PLANS, options);
    this.coachingSessions = new AggregateTable<>(DevelopmentMapping.SESSIONS, options);
    this.successionPlans = new AggregateTable<>(DevelopmentMapping.SUCCESSIONS, options);
  }

  /**
   * Returns a store over the given data source with the default {@link SchemaOptions} and fetch
   * size. The tables must exist: see {@link PillarsSchema}.
   *
   * @param dataSource the host's data source
   * @return the store
   * @throws NullPointerException if {@code dataSource} is null
   */
  public static JdbcStore create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /**
   * Returns a builder of a store over the given data source.
   *
   * @param dataSource the host's data source
   * @return a builder with the defaults set
   * @throws NullPointerException if {@code dataSource} is null
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Checks.notNull("dataSource", dataSource));
  }

  /**
   * Returns the view of one tenant's data. Cheap: it opens no connection.
   *
   * <p>Thread-safe.
   *
   * @param tenant the tenant
   * @return the tenant's store
   * @throws NullPointerException if {@code tenant} is null
   */
  @Override
  public TenantStore forTenant(TenantId tenant) {
    Checks.notNull("tenant", tenant);
    return new JdbcTenantStore(this, tenant);
  }

  /**
   * Returns where the store's tables live.
   *
   * @return the schema options
   */
  public SchemaOptions options() {
    return options;
  }

  /**
   * Returns how many rows a stream fetches from the database at a time.
   *
   * @return the fetch size, at least 1
   */
  public int fetchSize() {
    return fetchSize;
  }

  Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  /** Returns how many units of work of this store the calling thread has begun and not ended. */
  AtomicInteger openOnThisThread() {
    return openOnThread.get();
  }

  @Override
  public String toString() {
    return "JdbcStore[" + options + ", fetchSize=" + fetchSize + "]";
  }

  /** Builds a {@link JdbcStore}. Not thread-safe; each setting may be set more than once, the last wins. */
  public static final class Builder {
    private final DataSource dataSource;
    private SchemaOptions options = SchemaOptions.defaults();
    private int fetchSize = DEFAULT_FETCH_SIZE;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Sets where the tables live; the same options the schema was migrated with.
     *
     * @param options the schema options
     * @return this builder
     * @throws NullPointerException if {@code options} is null
     */
    public Builder options(SchemaOptions options) {
      this.options = Checks.notNull("options", options);
      return this;
    }

    /**
     * Sets how many rows a stream fetches from the database at a time: the most a stream holds in
     * memory beyond the row it hands out.
     *
     * @param fetchSize the fetch size, from 1 to 1,000,000
     * @return this builder
     * @throws dev.pillars.core.InvalidInputException if {@code fetchSize} is out of range
     */
    public Builder fetchSize(int fetchSize) {
      this.fetchSize = Checks.inRange("fetchSize", fetchSize, 1, 1_000_000);
      return this;
    }

    /**
     * Returns the store.
     *
     * @return a new store; it opens no connection until it is used
     */
    public JdbcStore build() {
      return new JdbcStore(this);
    }
  }
}
