package dev.pillars.persistence.spi;

import dev.pillars.core.Checks;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The versioned store of one aggregate type within one tenant: find, insert, update and delete by
 * id with optimistic concurrency, count, stream, and insert in bulk.
 *
 * <p>Each aggregate's repository extends this interface, fixing the id and aggregate types and
 * adding the queries of its own (see {@link GoalRepository}). The id of an aggregate is read from
 * the aggregate itself, such as {@code Goal.id()}.
 *
 * <p><b>Where a repository comes from decides what it may do.</b> The repository of a {@link
 * TenantStore} reads committed data and refuses every write with {@link
 * TransactionRequiredException}. The repository of a {@link UnitOfWork} reads committed data plus
 * the unit of work's own writes, and writes into the unit of work; its writes become visible to
 * others only when the unit of work commits. Once the unit of work has ended, every call fails with
 * {@link TransactionStateException}.
 *
 * <p><b>Duties of an implementation.</b> A repository of a tenant store must be safe for use by
 * many threads at once; a repository of a unit of work is used by one thread at a time, like the
 * unit of work itself. Every method checks its arguments before it consults the store (failing
 * with {@link dev.pillars.core.InvalidInputException}), sees and touches only its own tenant's
 * data, and leaves the store and the unit of work exactly as they were when it throws.
 *
 * @param <I> the aggregate's id type, such as {@code GoalId}
 * @param <T> the aggregate's type, such as {@code Goal}
 */
public interface AggregateRepository<I, T> {

  /**
   * Returns the aggregate with the given id and its version, if it exists in this tenant.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @param id the id
   * @return the aggregate and its version, or empty if this tenant has none with that id
   * @throws NullPointerException if {@code id} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Optional<Versioned<T>> find(I id);

  /**
   * Inserts a new aggregate at version 1.
   *
   * <p>Thread safety: only a unit of work's repository writes, used by one thread at a time.
   *
   * @param aggregate the aggregate, whose id this tenant does not have yet
   * @return the aggregate at version 1
   * @throws NullPointerException if {@code aggregate} is null
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws DuplicateAggregateException if this tenant already has an aggregate with that id
   * @throws PersistenceException if the underlying storage fails
   */
  Versioned<T> insert(T aggregate);

  /**
   * Replaces a stored aggregate with a new state of it, if it is still at the expected version.
   *
   * <p>Thread safety: only a unit of work's repository writes, used by one thread at a time.
   *
   * @param aggregate the new state; its id names the aggregate to replace
   * @param expectedVersion the version the caller read, at least 1
   * @return the new state at {@code expectedVersion + 1}
   * @throws NullPointerException if {@code aggregate} is null
   * @throws dev.pillars.core.InvalidInputException if {@code expectedVersion} is below 1
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws AggregateNotFoundException if this tenant has no aggregate with that id
   * @throws StaleVersionException if the stored version is not {@code expectedVersion}
   * @throws PersistenceException if the underlying storage fails
   */
  Versioned<T> update(T aggregate, long expectedVersion);

  /**
   * Deletes a stored aggregate, if it is still at the expected version.
   *
   * <p>Deleting is for aggregates created by mistake; a domain lifecycle (such as cancelling a
   * goal) is an update. A deleted id may be inserted again, starting over at version 1. Data that
   * belongs to the aggregate (a goal's check-ins, a KPI's measurements) is deleted with it.
   *
   * <p>Thread safety: only a unit of work's repository writes, used by one thread at a time.
   *
   * @param id the aggregate's id
   * @param expectedVersion the version the caller read, at least 1
   * @throws NullPointerException if {@code id} is null
   * @throws dev.pillars.core.InvalidInputException if {@code expectedVersion} is below 1
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws AggregateNotFoundException if this tenant has no aggregate with that id
   * @throws StaleVersionException if the stored version is not {@code expectedVersion}
   * @throws AggregateInUseException if other stored data still refers to the aggregate, as the
   *     aggregate's own repository documents (for example a goal that alignment links join)
   * @throws PersistenceException if the underlying storage fails
   */
  void delete(I id, long expectedVersion);

  /**
   * Returns how many aggregates of this type the tenant has.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @return the number of aggregates, counting a unit of work's own writes
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  long count();

  /**
   * Streams every aggregate of this type the tenant has, with its version, in no particular order.
   *
   * <p>The stream reflects one consistent state: it contains all or none of the writes of any unit
   * of work committed while it runs (plus, inside a unit of work, that unit of work's own writes
   * made before the call). The store keeps at most a bounded window of aggregates in memory for
   * it, so a host can read a million aggregates without holding them twice. The caller must close
   * the stream (try-with-resources) to release what backs it, such as a database cursor, and must
   * read it before the unit of work it came from ends: a stream of a unit of work that is read on
   * after the unit of work committed or rolled back (returned from {@code inTransaction}, say)
   * fails with {@link TransactionStateException}, whether it was read before or not; it never ends
   * early as if every aggregate had been read.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @return the aggregates; the caller closes it
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended,
   *     when called or, for the stream, when read after that
   * @throws PersistenceException if the underlying storage fails, when called or while streaming
   */
  Stream<Versioned<T>> stream();

  /**
   * Inserts many new aggregates at version 1, reading them one by one from an iterator and sending
   * them to the storage in batches.
   *
   * <p>All of them become part of the unit of work, committed or rolled back with it. The store
   * holds no more than {@code batchSize} of them at a time beyond what it stores, so a host can
   * insert a million aggregates it generates lazily. If one of them fails (an id that exists, or
   * two equal ids in the input), none of this call's inserts remain in the unit of work; the
   * iterator may have been partly consumed.
   *
   * <p>Thread safety: only a unit of work's repository writes, used by one thread at a time.
   *
   * @param aggregates the aggregates to insert, with ids this tenant does not have yet
   * @param batchSize how many aggregates the store sends to its storage at once, at least 1; a hint
   *     a store without batches may ignore
   * @return how many aggregates were inserted
   * @throws NullPointerException if {@code aggregates} is or yields null
   * @throws dev.pillars.core.InvalidInputException if {@code batchSize} is below 1
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws DuplicateAggregateException if an id exists already or occurs twice
   * @throws PersistenceException if the underlying storage fails
   */
  long insertAll(Iterator<? extends T> aggregates, int batchSize);

  /**
   * Inserts many new aggregates at version 1, as {@link #insertAll(Iterator, int)} does, reading
   * them from a stream. The stream is consumed but not closed.
   *
   * <p>Thread safety: only a unit of work's repository writes, used by one thread at a time.
   *
   * @param aggregates the aggregates to insert
   * @param batchSize how many aggregates the store sends to its storage at once, at least 1
   * @return how many aggregates were inserted
   * @throws NullPointerException if {@code aggregates} is or yields null
   * @throws dev.pillars.core.InvalidInputException if {@code batchSize} is below 1
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws DuplicateAggregateException if an id exists already or occurs twice
   * @throws PersistenceException if the underlying storage fails
   */
  default long insertAll(Stream<? extends T> aggregates, int batchSize) {
    Checks.notNull("aggregates", aggregates);
    return insertAll(aggregates.iterator(), batchSize);
  }
}
