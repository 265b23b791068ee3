/**
 * The in-memory reference store: {@link dev.pillars.persistence.memory.MemoryStore}, the embedded
 * default that keeps every rule of the persistence SPI and passes its TCK.
 *
 * <p>Only {@code MemoryStore} is public; everything else in this package is its implementation.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>A tenant's state is one array of persistent tables ({@code Trie}), one per entry of {@code
 * Tables}; a unit of work writes into a copy and a commit checks its writes table by table. Adding
 * a versioned aggregate is the same short path as in the JDBC store: a {@code Table.aggregates}
 * entry in {@code Tables} (the next index, also appended to {@code Tables.ALL}) is this store's
 * mapping; a repository class over {@code MemoryRepository} whose constructor names that table and
 * the repository as operations name it (about 10 lines, see {@code MemoryOrgUnitRepository}); one
 * field in {@code MemoryRepositories} and its accessor in {@code MemoryRepositoryAccess}. Data that
 * goes with the aggregate (a log) names it as the owner of its {@code Table.log}; deletions that
 * must reach further override {@code MemoryRepository.deleted}.
 *
 * <p>Every type is null-marked: no parameter or result is null unless annotated otherwise.
 */
@NullMarked
package dev.pillars.persistence.memory;

import org.jspecify.annotations.NullMarked;
