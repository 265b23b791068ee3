package dev.pillars.persistence.spi;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The transactional outbox of one tenant: events written in the same unit of work as the change
 * they report, so that they are stored if and only if the change commits, and a relay that the
 * host drives to publish them through its own messaging.
 *
 * <p><b>Writing.</b> {@link #append(OutboxMessage)} adds a message to the unit of work; nobody
 * else sees it before the unit of work commits, and a rollback (or a failed commit) leaves no trace
 * of it.
 *
 * <p><b>Relaying, at least once.</b> The host's relay reads {@link #pending(int)}, publishes the
 * messages, and then marks them with {@link #markPublished(Collection)} in a unit of work of its
 * own. A relay that stops between publishing and committing the mark publishes those messages
 * again on its next run: delivery is at least once, and subscribers drop duplicates by {@link
 * OutboxMessage#id()}. A host should relay often: pending messages hold the events' payloads,
 * which may be personal data, until they are published. Run one relay per tenant at a time: two
 * relays publish the same messages twice, and when both mark the same message a store may refuse
 * the later commit (the in-memory store does, with {@link AggregateNotFoundException}) or count
 * the message only once (the JDBC store does).
 *
 * <p><b>Order.</b> Pending messages come oldest first: in the order their units of work committed,
 * and within one unit of work in the order it appended them. That is commit order per aggregate as
 * well, which is what subscribers need.
 *
 * <p><b>Ids.</b> A message id is never used twice in a tenant: appending an id that the tenant's
 * outbox holds or held (pending, published, or removed by erasure) fails with {@link
 * DuplicateAggregateException} (type {@code "OutboxMessage"}); so does a commit if a concurrent
 * unit of work committed the same id first. Published messages are not returned again; a store
 * may keep what it needs of them to recognise their ids.
 *
 * <p><b>Duties of an implementation.</b> As for {@link AggregateRepository}: the repository of a
 * tenant store is thread-safe, reads committed data and refuses writes with {@link
 * TransactionRequiredException}; the repository of a unit of work is used by one thread at a time,
 * writes into the unit of work and reads committed data plus the unit of work's own marks (a
 * message it appended is not pending until it commits); a call that throws changes nothing; null
 * arguments fail with {@link NullPointerException} naming the argument, other bad arguments with
 * {@link dev.pillars.core.InvalidInputException}, before the store is consulted; tenants are
 * isolated. A database store reads pending messages through an index on tenant, state and commit
 * order, so that published messages cost a relay nothing. Erasure of an employee removes their pending messages (see {@link PersonalDataRepository}).
 */
public interface OutboxRepository {

  /**
   * Appends a message to the outbox, in the unit of work.
   *
   * <p>Thread safety: only a unit of work's repository writes, used by one thread at a time.
   *
   * @param message the message
   * @throws NullPointerException if {@code message} is null
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws DuplicateAggregateException if the tenant's outbox holds or held a message with the
   *     same id, or this unit of work appended one
   * @throws PersistenceException if the underlying storage fails
   */
  void append(OutboxMessage message);

  /**
   * Returns committed messages not yet marked published, oldest first (see the order above).
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's, one
   * thread at a time.
   *
   * @param limit the most messages to return, at least 1
   * @return up to {@code limit} pending messages; empty if there are none
   * @throws dev.pillars.core.InvalidInputException if {@code limit} is below 1
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  List<OutboxMessage> pending(int limit);

  /**
   * Marks messages published, in the unit of work: once it commits, they are no longer pending.
   * Ids that are not pending (unknown, already published, or appended by this unit of work and not
   * committed yet) are ignored.
   *
   * <p>Thread safety: only a unit of work's repository writes, used by one thread at a time.
   *
   * @param ids the ids of the messages published; may be empty
   * @return how many pending messages this call marked
   * @throws NullPointerException if {@code ids} is null or holds null
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws PersistenceException if the underlying storage fails
   */
  long markPublished(Collection<UUID> ids);

  /**
   * Returns how many committed messages are pending, as {@link #pending(int)} sees them.
   *
   * <p>Thread safety: as {@link #pending(int)}.
   *
   * @return the number of pending messages
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  long countPending();
}
