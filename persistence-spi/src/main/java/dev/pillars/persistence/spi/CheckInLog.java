package dev.pillars.persistence.spi;

import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.CheckInHistory;
import dev.pillars.core.goal.GoalId;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The check-ins of one tenant's goals: an append-only log per goal, ordered by time.
 *
 * <p><b>Append-only, without versions.</b> A {@link CheckIn} has no id of its own: it is identified
 * by its goal and its instant ({@link CheckIn#at()}), so appending a second check-in on the same
 * goal at the same instant fails with {@link DuplicateAggregateException} (type {@code
 * "CheckIn"}). Check-ins are never changed, except by erasure, and never removed, except with their
 * goal: they belong to it, so deleting the goal deletes them in the same unit of work. A check-in
 * can only be appended for a goal that exists. Appends of concurrent units of work never conflict
 * otherwise.
 *
 * <p><b>Personal data.</b> A check-in is the goal owner's statement about their goal; a check-in
 * names no author of its own. {@link PersonalDataRepository#export} therefore returns the
 * check-ins of the goals an employee owns, and {@link PersonalDataRepository#erase} keeps them
 * (progress and confidence are facts about the goal, which stays) but drops their comments, the
 * only free text a check-in holds.
 *
 * <p><b>Duties of an implementation.</b> As for {@link AggregateRepository}: the log of a tenant
 * store is thread-safe and refuses appends with {@link TransactionRequiredException}; the log of a
 * unit of work is used by one thread at a time and appends into it; reads inside a unit of work
 * include its own appends; a call that throws changes nothing; arguments are checked first; every
 * read reflects one consistent state.
 */
public interface CheckInLog {

  /**
   * Appends one check-in to its goal's log.
   *
   * <p>Thread safety: only a unit of work's log writes, used by one thread at a time.
   *
   * @param checkIn the check-in; its goal must exist
   * @throws NullPointerException if {@code checkIn} is null
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws AggregateNotFoundException if the check-in's goal does not exist (type {@code "Goal"})
   * @throws DuplicateAggregateException if the goal has a check-in at the same instant
   * @throws PersistenceException if the underlying storage fails
   */
  void append(CheckIn checkIn);

  /**
   * Appends many check-ins, of any goals, reading them one by one from an iterator and sending them
   * to the storage in batches.
   *
   * <p>All of them become part of the unit of work. The store holds no more than {@code batchSize}
   * of them at a time beyond what it stores. If one fails, none of this call's appends remain in
   * the unit of work; the iterator may have been partly consumed.
   *
   * <p>Thread safety: only a unit of work's log writes, used by one thread at a time.
   *
   * @param checkIns the check-ins
   * @param batchSize how many check-ins the store sends to its storage at once, at least 1; a hint
   *     a store without batches may ignore
   * @return how many check-ins were appended
   * @throws NullPointerException if {@code checkIns} is or yields null
   * @throws dev.pillars.core.InvalidInputException if {@code batchSize} is below 1
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws AggregateNotFoundException if a check-in's goal does not exist
   * @throws DuplicateAggregateException if a goal and instant exist already or occur twice
   * @throws PersistenceException if the underlying storage fails
   */
  long appendAll(Iterator<CheckIn> checkIns, int batchSize);

  /**
   * Streams the check-ins of one goal, oldest first, with the consistency and closing duties of
   * {@link AggregateRepository#stream()}.
   *
   * <p>Thread safety: safe from any thread on a tenant store's log; on a unit of work's, one thread
   * at a time.
   *
   * @param goal the goal
   * @return its check-ins in time order; empty for a goal without any or unknown; the caller
   *     closes it
   * @throws NullPointerException if {@code goal} is null
   * @throws TransactionStateException if this log belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<CheckIn> streamByGoal(GoalId goal);

  /**
   * Returns the check-ins of one goal as core's {@link CheckInHistory}.
   *
   * <p>Thread safety: safe from any thread on a tenant store's log; on a unit of work's, one thread
   * at a time.
   *
   * @param goal the goal
   * @return its history; empty for a goal without check-ins or unknown
   * @throws NullPointerException if {@code goal} is null
   * @throws TransactionStateException if this log belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  CheckInHistory history(GoalId goal);

  /**
   * Returns the most recent check-in of one goal.
   *
   * <p>Thread safety: safe from any thread on a tenant store's log; on a unit of work's, one thread
   * at a time.
   *
   * @param goal the goal
   * @return the check-in with the latest instant, or empty if the goal has none
   * @throws NullPointerException if {@code goal} is null
   * @throws TransactionStateException if this log belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Optional<CheckIn> latest(GoalId goal);

  /**
   * Returns how many check-ins one goal has.
   *
   * <p>Thread safety: safe from any thread on a tenant store's log; on a unit of work's, one thread
   * at a time.
   *
   * @param goal the goal
   * @return the number of check-ins; 0 for an unknown goal
   * @throws NullPointerException if {@code goal} is null
   * @throws TransactionStateException if this log belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  long count(GoalId goal);
}
