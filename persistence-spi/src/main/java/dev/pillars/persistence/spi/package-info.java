/**
 * The persistence SPI: what a store implements so that Pillars aggregates can be kept in the
 * host's own storage. Pillars never opens a connection itself.
 *
 * <h2>Shape</h2>
 *
 * <p>A {@link dev.pillars.persistence.spi.PillarsStore} hands out one {@link
 * dev.pillars.persistence.spi.TenantStore} per tenant. A tenant store and every {@link
 * dev.pillars.persistence.spi.UnitOfWork} begun on it offer the same {@link
 * dev.pillars.persistence.spi.Repositories}, one per aggregate:
 *
 * <ul>
 *   <li>versioned aggregates, each an {@link dev.pillars.persistence.spi.AggregateRepository}:
 *       {@link dev.pillars.persistence.spi.GoalRepository}, {@link
 *       dev.pillars.persistence.spi.EmployeeRepository}, {@link
 *       dev.pillars.persistence.spi.OrgUnitRepository}, {@link
 *       dev.pillars.persistence.spi.KpiDefinitionRepository}, and for reviews {@link
 *       dev.pillars.persistence.spi.ReviewTemplateRepository}, {@link
 *       dev.pillars.persistence.spi.ReviewCycleRepository} and {@link
 *       dev.pillars.persistence.spi.ReviewRepository} (each review with its amendment history);
 *   <li>the organisation assembled from employees and units in one read, {@link
 *       dev.pillars.persistence.spi.OrganisationRepository};
 *   <li>the alignment graph, {@link dev.pillars.persistence.spi.AlignmentLinkRepository}, whose
 *       links share one version for the whole graph so that concurrent writers cannot close a
 *       cycle together;
 *   <li>append-only logs without versions: {@link dev.pillars.persistence.spi.MeasurementLog}
 *       (corrections keep history) and {@link dev.pillars.persistence.spi.CheckInLog};
 *   <li>{@link dev.pillars.persistence.spi.PersonalDataRepository} for export and erasure of one
 *       employee's data across all of them;
 *   <li>the transactional outbox, {@link dev.pillars.persistence.spi.OutboxRepository}: events
 *       written in the same unit of work as their change, relayed by the host at least once.
 * </ul>
 *
 * <p>Each tenant store also counts the units of work that committed writes to its tenant ({@link
 * dev.pillars.persistence.spi.TenantStore#commits()}, with each commit's number from {@link
 * dev.pillars.persistence.spi.UnitOfWork#commitNumber()}): a high-water mark that tells a cache,
 * such as an engine's scores, that another writer committed since it loaded.
 *
 * <h2>Adding an aggregate</h2>
 *
 * <p>Every new versioned aggregate takes the same short path, the one goals, employees, units and
 * KPI definitions took:
 *
 * <ol>
 *   <li><b>Core:</b> the aggregate and its typed id, valid by construction.
 *   <li><b>SPI (here):</b> a repository interface extending {@link
 *       dev.pillars.persistence.spi.AggregateRepository} (with the aggregate's own queries, if any),
 *       and its accessor on {@link dev.pillars.persistence.spi.Repositories}.
 *   <li><b>In-memory store:</b> a {@code Table.aggregates(...)} entry in {@code Tables} (index,
 *       aggregate type, id and value classes, how to read the id), a repository class over {@code
 *       MemoryRepository} whose constructor names that table, and one field in {@code
 *       MemoryRepositories} with its accessor in {@code MemoryRepositoryAccess}.
 *   <li><b>JDBC store:</b> a migration creating the table (columns {@code tenant}, {@code id},
 *       {@code version}, then the aggregate's own), a {@code Mapping} of those columns, an {@code
 *       AggregateTable} field in {@code JdbcStore}, a repository class over {@code JdbcRepository},
 *       and one field in {@code JdbcRepositories} with its accessor in {@code
 *       JdbcRepositoryAccess}.
 *   <li><b>TCK:</b> a generator of valid, varied aggregates, and a {@code @Nested} class in {@code
 *       PillarsStoreContract} extending {@code AggregateRepositoryContract} (a constructor of one
 *       line: the repository's accessor, an id per number and an aggregate per variant). It brings
 *       the examples, the bad inputs and the model-based properties of every versioned
 *       aggregate; queries of the aggregate's own get tests beside it.
 * </ol>
 *
 * <p>Aggregates that belong to another (a log per goal or KPI) follow the same steps with the log
 * tables of each store ({@code Table.log} and {@code JdbcLog}) and a contract of their own that
 * runs the kit's model-based runner with its operations and model.
 *
 * <h2>Rules every store keeps</h2>
 *
 * <ul>
 *   <li><b>Tenant isolation.</b> Everything lives inside one tenant. Nothing written through one
 *       tenant's store is visible, changeable or countable through another's; an id that exists
 *       only in another tenant is unknown here ({@link
 *       dev.pillars.persistence.spi.AggregateNotFoundException}), and the same id may name two
 *       unrelated aggregates in two tenants.
 *   <li><b>Versions.</b> Every stored aggregate carries a version, returned beside it as {@link
 *       dev.pillars.persistence.spi.Versioned}. An insert stores version 1; every successful
 *       update adds exactly 1. A write names the version it expects; if the stored version
 *       differs, it fails with {@link dev.pillars.persistence.spi.StaleVersionException} naming
 *       the aggregate and both versions, and changes nothing. The alignment graph has one such
 *       version for all its links; measurements and check-ins are append-only and carry none.
 *   <li><b>Units of work.</b> Every write (insert, update, delete, bulk insert, erasure) happens
 *       in a {@link dev.pillars.persistence.spi.UnitOfWork}: all of it is committed or none of it.
 *       A write through a tenant store's own repositories, outside a unit of work, fails with
 *       {@link dev.pillars.persistence.spi.TransactionRequiredException}. Reads need no unit of
 *       work: outside one they see committed data; inside one they see committed data plus the
 *       unit of work's own writes. Nobody else sees a unit of work's writes before it commits, and
 *       a stream never sees part of a commit.
 *   <li><b>Failed calls change nothing.</b> A call that throws leaves the store, and the unit of
 *       work it ran in, exactly as they were before the call; the unit of work may go on or roll
 *       back. Arguments are checked before the store is consulted: a null, a version below 1 or a
 *       batch size below 1 fails with {@link dev.pillars.core.InvalidInputException}. The outbox
 *       follows the project's error rule for new code instead: a null
 *       fails with {@link NullPointerException} naming the argument, any other bad value with
 *       {@link dev.pillars.core.InvalidInputException}.
 *   <li><b>References.</b> Data that belongs to an aggregate goes with it: deleting a goal deletes
 *       its check-ins, deleting a KPI definition its measurements. Data that joins aggregates keeps
 *       them: a link, a check-in or a measurement can only name a goal or KPI that exists, and a
 *       goal that links join cannot be deleted ({@link
 *       dev.pillars.persistence.spi.AggregateInUseException}). Employees, units and the goals they
 *       own are stored as they are; {@link
 *       dev.pillars.persistence.spi.OrganisationRepository#snapshot()} validates the organisation.
 *   <li><b>Commit counter.</b> Every commit of a unit of work that wrote raises its tenant's
 *       counter by exactly one, in commit order, with no gaps; nothing else changes it.
 *   <li><b>Streams.</b> Streaming reads return a {@link java.util.stream.Stream} the caller must
 *       close (try-with-resources), so that a store can back it with a cursor; a stream reflects
 *       one consistent state and holds at most a bounded window of aggregates in memory beyond
 *       what the store already holds. A stream of a unit of work read after the unit of work ended
 *       fails with {@link dev.pillars.persistence.spi.TransactionStateException}; it never ends
 *       early as if all had been read.
 *   <li><b>Nested units of work.</b> A thread may hold several units of work at once (a service
 *       calling {@code inTransaction} from inside another). The store never makes such a thread
 *       wait for itself: when two of them write the same data, one fails promptly with a {@link
 *       dev.pillars.persistence.spi.PersistenceException} (a {@link
 *       dev.pillars.persistence.spi.StaleVersionException} at commit, or a lock wait the store
 *       bounds and documents) and changes nothing, and the other may commit.
 *   <li><b>Text and numbers</b> come back exactly as written: the domain refuses lone UTF-16
 *       surrogates and keeps one zero ({@code -0.0} becomes {@code 0.0}), so a store need keep
 *       nothing it cannot.
 * </ul>
 *
 * <h2>Exceptions</h2>
 *
 * <p>Every failure of a store is a {@link dev.pillars.persistence.spi.PersistenceException}, a
 * {@link dev.pillars.core.PillarsException}: {@link
 * dev.pillars.persistence.spi.StaleVersionException}, {@link
 * dev.pillars.persistence.spi.AggregateNotFoundException}, {@link
 * dev.pillars.persistence.spi.DuplicateAggregateException}, {@link
 * dev.pillars.persistence.spi.AggregateInUseException}, {@link
 * dev.pillars.persistence.spi.TransactionRequiredException}, {@link
 * dev.pillars.persistence.spi.TransactionStateException}, or the root type itself for a failure of
 * the underlying storage (with its cause kept). Bad arguments fail with core's {@link
 * dev.pillars.core.InvalidInputException}.
 *
 * <p>Every type is null-marked: no parameter or result is null unless annotated otherwise; absent
 * values are {@link java.util.Optional}.
 */
@NullMarked
package dev.pillars.persistence.spi;

import org.jspecify.annotations.NullMarked;
