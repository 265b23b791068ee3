package dev.pillars.persistence.spi;

import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.GoalId;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The alignment links of one tenant: which goal contributes to which, with what weight. Together
 * with the tenant's goals they form core's {@link dev.pillars.core.alignment.AlignmentGraph}, and
 * the store keeps that graph's rules for every committed state.
 *
 * <p><b>One version for the whole graph.</b> Links carry no versions of their own. Instead the
 * tenant's graph has one version, {@link #graphVersion()}: 0 while no link was ever written, and
 * exactly 1 more after every successful {@link #add}, {@link #addAll} or {@link #remove}. Every
 * write names the graph version it expects and fails with {@link StaleVersionException} if the
 * graph changed since. This is what keeps the graph acyclic under concurrency: with one version per
 * link, two units of work could each add a link that is acyclic on its own and commit both, closing
 * a cycle together; with one version for the graph, the second of them fails as stale and must read
 * the graph again.
 *
 * <p><b>Rules the store checks on every write</b>, in this order, as {@link
 * dev.pillars.core.alignment.AlignmentGraph#withLink} does: both goals exist in the tenant ({@link
 * AggregateNotFoundException} naming the {@code "Goal"}); the link is new ({@link
 * DuplicateAggregateException} naming the {@code "AlignmentLink"}); the link closes no cycle
 * ({@link dev.pillars.core.alignment.AlignmentCycleException}, listing the cycle); the child's
 * period lies inside the parent's ({@link dev.pillars.core.InvalidInputException}). A goal that
 * links join cannot be deleted ({@link AggregateInUseException}); remove its links first. The store
 * does not re-check periods when a linked goal is later updated: like {@link GoalRepository}, it
 * leaves that to the domain services.
 *
 * <p><b>Cost.</b> The cycle check searches upwards from the new link's parent for its child, so an
 * {@code add} costs time proportional to the parent's ancestors and their links (the depth of the
 * cascade, typically a handful of goals), not to the size of the graph. A JDBC store may run it as
 * one recursive query. A bulk {@link #addAll} must cost time linear in its links however deep the
 * graph and whichever end of a chain comes first: a store may look below the new child as well as
 * above the new parent and stop with the smaller region, so that a 100,000-deep chain loaded
 * parents first or children first takes seconds, not hours. Reads by child or parent cost the links returned; {@link #stream()} and
 * {@link #count()} cost the whole graph in the worst case.
 *
 * <p><b>Reading a consistent graph.</b> Read {@link #graphVersion()} before streaming the links; a
 * write based on what was streamed then fails as stale if the graph changed in between, never
 * silently. Streams have the consistency and closing duties of {@link AggregateRepository#stream()}.
 *
 * <p><b>Duties of an implementation.</b> As for {@link AggregateRepository}: the repository of a
 * tenant store is thread-safe and refuses writes with {@link TransactionRequiredException}; the
 * repository of a unit of work is used by one thread at a time and writes into it; a call that
 * throws changes nothing; arguments are checked first. When a unit of work commits, the graph
 * version is checked again, and every goal its links join must still exist.
 */
public interface AlignmentLinkRepository {

  /**
   * Returns the version of the tenant's alignment graph.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @return 0 if no link was ever written, else the number of successful writes to the graph
   *     (inside a unit of work, counting its own)
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  long graphVersion();

  /**
   * Returns the link from {@code child} to {@code parent}, if there is one.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @param child the contributing goal
   * @param parent the goal contributed to
   * @return the link with its weight, or empty
   * @throws NullPointerException if an argument is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Optional<AlignmentLink> find(GoalId child, GoalId parent);

  /**
   * Returns how many links the tenant's graph has.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @return the number of links, counting a unit of work's own writes
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  long count();

  /**
   * Streams every link of the tenant's graph, in no particular order.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @return the links; the caller closes it
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails, when called or while streaming
   */
  Stream<AlignmentLink> stream();

  /**
   * Streams the links from {@code child} to the goals it contributes to, in no particular order.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @param child the contributing goal
   * @return its links upwards; empty for a goal aligned to nothing or unknown; the caller closes it
   * @throws NullPointerException if {@code child} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<AlignmentLink> streamByChild(GoalId child);

  /**
   * Streams the links from the goals that contribute to {@code parent}, in no particular order.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @param parent the goal contributed to
   * @return its links downwards; empty for a goal nothing contributes to or unknown; the caller
   *     closes it
   * @throws NullPointerException if {@code parent} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<AlignmentLink> streamByParent(GoalId parent);

  /**
   * Adds a link to the tenant's graph, if the graph is still at the expected version.
   *
   * <p>Thread safety: only a unit of work's repository writes, used by one thread at a time.
   *
   * @param link the link; both goals must exist
   * @param expectedGraphVersion the graph version the caller read, at least 0
   * @return the new graph version, {@code expectedGraphVersion + 1}
   * @throws NullPointerException if {@code link} is null
   * @throws dev.pillars.core.InvalidInputException if {@code expectedGraphVersion} is negative or
   *     the child's period does not lie inside the parent's
   * @throws dev.pillars.core.alignment.AlignmentCycleException if the parent already contributes
   *     to the child, so the link would close a cycle; it lists the cycle
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws StaleVersionException if the graph is not at {@code expectedGraphVersion}; it names the
   *     {@code "AlignmentGraph"} and both versions
   * @throws AggregateNotFoundException if the child or the parent goal does not exist
   * @throws DuplicateAggregateException if the graph already links the child to the parent
   * @throws PersistenceException if the underlying storage fails
   */
  long add(AlignmentLink link, long expectedGraphVersion);

  /**
   * Adds many links at once, if the graph is still at the expected version: the same as adding
   * them one after the other with {@link #add}, each checked against the graph with the ones before
   * it, but all or nothing and counted as one write to the graph. Links are read one by one from
   * the iterator and sent to the storage in batches.
   *
   * <p>If one link fails a rule, none of this call's links remain in the unit of work and the
   * graph version is unchanged; the iterator may have been partly consumed. An empty iterator
   * changes nothing and returns {@code expectedGraphVersion}.
   *
   * <p>Thread safety: only a unit of work's repository writes, used by one thread at a time.
   *
   * @param links the links to add
   * @param batchSize how many links the store sends to its storage at once, at least 1; a hint a
   *     store without batches may ignore
   * @param expectedGraphVersion the graph version the caller read, at least 0
   * @return the new graph version: {@code expectedGraphVersion + 1}, or {@code
   *     expectedGraphVersion} if there were no links
   * @throws NullPointerException if {@code links} is or yields null
   * @throws dev.pillars.core.InvalidInputException if {@code batchSize} is below 1, {@code
   *     expectedGraphVersion} is negative, or a link's child period does not lie inside its
   *     parent's
   * @throws dev.pillars.core.alignment.AlignmentCycleException if a link would close a cycle
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws StaleVersionException if the graph is not at {@code expectedGraphVersion}
   * @throws AggregateNotFoundException if a link names a goal that does not exist
   * @throws DuplicateAggregateException if a link exists already or occurs twice
   * @throws PersistenceException if the underlying storage fails
   */
  long addAll(Iterator<AlignmentLink> links, int batchSize, long expectedGraphVersion);

  /**
   * Removes the link from {@code child} to {@code parent}, if the graph is still at the expected
   * version.
   *
   * <p>Thread safety: only a unit of work's repository writes, used by one thread at a time.
   *
   * @param child the link's child
   * @param parent the link's parent
   * @param expectedGraphVersion the graph version the caller read, at least 0
   * @return the new graph version, {@code expectedGraphVersion + 1}
   * @throws NullPointerException if an id is null
   * @throws dev.pillars.core.InvalidInputException if {@code expectedGraphVersion} is negative
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws StaleVersionException if the graph is not at {@code expectedGraphVersion}
   * @throws AggregateNotFoundException if the graph does not link the child to the parent; it
   *     names the {@code "AlignmentLink"}
   * @throws PersistenceException if the underlying storage fails
   */
  long remove(GoalId child, GoalId parent, long expectedGraphVersion);
}
