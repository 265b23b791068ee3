/**
 * The JDBC store: {@link dev.pillars.persistence.jdbc.JdbcStore}, the persistence SPI over the
 * host's {@code DataSource}; {@link dev.pillars.persistence.jdbc.PillarsSchema}, its Flyway
 * migrations; {@link dev.pillars.persistence.jdbc.SchemaOptions}, where its tables live.
 *
 * <h2>Tables</h2>
 *
 * <p>Each table's name is the {@linkplain dev.pillars.persistence.jdbc.SchemaOptions#tablePrefix()
 * prefix} followed by: {@code goals}, {@code employees}, {@code org_units}, {@code
 * kpi_definitions} (versioned aggregates, one row each, keyed by tenant and id); {@code
 * measurements} and {@code check_ins} (append-only logs, keyed by tenant and identity); {@code
 * alignment_links} and {@code alignment_graphs} (the links, and each tenant's graph version); {@code
 * erasures} (one mark per erased employee, which keeps a unit of work that began before an erasure
 * from committing data naming the employee after it); {@code tenant_commits} (each tenant's commit
 * counter) and {@code outbox} (the outbox's messages); {@code review_templates}, {@code
 * review_cycles} and {@code reviews} (versioned aggregates whose nested parts, such as a review's
 * revisions, are exact JSON text); {@code points_budget_givers} (empty between commits: a row per
 * giver while a unit of work commits their budgets, so that two cannot both commit overlapping
 * ones); and {@code schema_history}, Flyway's record of the applied migrations.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>Everything else in this package is the store's implementation. Adding a versioned aggregate
 * takes: a migration that creates its table ({@code tenant}, {@code id}, {@code version}, then its
 * own columns); a {@code Mapping} of those columns (names, how to bind an aggregate and read it
 * back, see {@code KpiDefinitionMapping}); an {@code AggregateTable} field in {@code JdbcStore},
 * which builds the table's SQL once; a repository class over {@code JdbcRepository} (about 10 lines,
 * see {@code JdbcOrgUnitRepository}); one field in {@code JdbcRepositories} and its accessor in
 * {@code JdbcRepositoryAccess}. The in-memory store takes the same steps with its own table.
 *
 * <p>A bulk add of alignment links inserts each batch and then checks it as a whole (the periods
 * read by key; for cycles, each link against the graph with the links before it, the stored links
 * of the batch's goals read together once and the search stopping with the smaller of the regions
 * above the parent and below the child, so a deep chain costs its own size whichever end comes
 * first); a batch that breaks a rule is undone and replayed link by link to report the first broken
 * rule. On H2, lookups of many keys join them as a {@code VALUES} table, since H2 uses an index for
 * an {@code IN} list only on the index's first column ({@code tenant}).
 * On PostgreSQL, a bulk add runs {@code ANALYZE} on the links and goals tables once it has added
 * 10,000 links and again each time it has doubled them: without statistics the planner takes {@code
 * tenant = ?} for selective and reads a whole tenant instead of using the keys ({@code
 * PlannerStatistics}).
 *
 * <p>Every type is null-marked: no parameter or result is null unless annotated otherwise.
 */
@NullMarked
package dev.pillars.persistence.jdbc;

import org.jspecify.annotations.NullMarked;
