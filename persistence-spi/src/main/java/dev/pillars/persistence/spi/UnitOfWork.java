package dev.pillars.persistence.spi;

import java.util.OptionalLong;

/**
 * A transaction on one tenant's data: its writes are committed all together or not at all.
 *
 * <p>A unit of work begins with {@link TenantStore#begin()} and ends with exactly one successful
 * {@link #commit()} or with {@link #rollback()}; {@link #close()} rolls back a unit of work that
 * has not ended, so try-with-resources never leaves one open. {@link TenantStore#inTransaction} runs
 * a function in a unit of work and commits or rolls back around it. A host maps this boundary onto
 * its own transactions (for example, a JDBC store takes its connection from a Spring-managed data
 * source, and a Spring transaction synchronisation calls commit or rollback).
 *
 * <p>Its repositories read committed data plus the unit of work's own writes. Its writes are
 * invisible to everyone else until the commit, which makes all of them visible at once. Versions
 * are checked when a write is called and again, if the store needs to, when the unit of work
 * commits.
 *
 * <p><b>Duties of an implementation.</b> A unit of work is used by one thread at a time (it need
 * not be thread-safe, like a JDBC connection) but may be handed between threads with proper
 * synchronisation. Units of work of the same tenant run concurrently and isolated from each other:
 * none sees another's uncommitted writes, and of two that change the same aggregate at the same
 * version at most one commits. A store may make a write wait for a concurrent unit of work that
 * holds the same aggregate, but never for one held by the same thread (a unit of work nested in
 * another): such a wait is bounded, and fails with a {@link PersistenceException} that says so,
 * or the store does not wait at all and one of the two fails as stale.
 */
public interface UnitOfWork extends Repositories, AutoCloseable {

  /**
   * Returns whether the unit of work is still open: begun, neither committed nor rolled back.
   *
   * <p>Thread safety: one thread at a time, like every method of a unit of work.
   *
   * @return true until the unit of work ends
   */
  boolean isActive();

  /**
   * Makes every write of this unit of work durable and visible, all at once, and ends it.
   *
   * <p>If a write can no longer be applied because a concurrent unit of work committed first (a
   * stale version, an id that was taken or deleted), nothing is committed, the unit of work is
   * rolled back, and the matching exception is thrown.
   *
   * <p>Thread safety: one thread at a time; a store serialises concurrent commits of different
   * units of work itself.
   *
   * @throws TransactionStateException if the unit of work has already ended
   * @throws StaleVersionException if an aggregate it updates or deletes changed since
   * @throws DuplicateAggregateException if an id it inserts was taken since, or a measurement or
   *     check-in it appends was appended since
   * @throws AggregateNotFoundException if an aggregate it updates or deletes was deleted since, or
   *     an aggregate its writes refer to (the goals of a link or a check-in, the KPI of a
   *     measurement) was deleted since
   * @throws AggregateInUseException if an aggregate it deletes was referred to since (a goal that a
   *     concurrent unit of work linked)
   * @throws PersistenceException if the underlying storage fails; nothing is committed
   */
  void commit();

  /**
   * Discards every write of this unit of work and ends it. Does nothing if it has already ended,
   * so it is safe to call from a {@code catch} or {@code finally} block.
   *
   * <p>Thread safety: one thread at a time, like every method of a unit of work.
   *
   * @throws PersistenceException if the underlying storage fails while rolling back; the writes are
   *     discarded all the same
   */
  void rollback();

  /**
   * Returns the number this unit of work's commit gave the tenant's {@linkplain
   * TenantStore#commits() commit counter}: the counter's value right after this commit.
   *
   * <p>Empty while the unit of work is active, after a rollback or a failed commit, and after a
   * commit of a unit of work that wrote nothing. Unlike the other methods it may be called after
   * the unit of work has ended, which is what it is for, and never throws {@link
   * TransactionStateException}.
   *
   * <p>Thread safety: one thread at a time, like every method of a unit of work.
   *
   * @return the commit's number, if this unit of work committed writes
   */
  OptionalLong commitNumber();

  /**
   * Rolls back the unit of work if it has not ended; does nothing otherwise.
   *
   * @throws PersistenceException if the underlying storage fails while rolling back
   */
  @Override
  default void close() {
    rollback();
  }
}
