package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.TenantId;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.TenantStore;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The in-memory reference store: every rule of the persistence SPI, kept in the JVM's heap.
 *
 * <p>It is the embedded default for examples, tests and hosts that keep their data elsewhere and
 * load it per request; it is not a toy. It enforces versions, units of work and tenant isolation
 * exactly as the SPI says and passes the whole TCK.
 *
 * <ul>
 *   <li><b>Thread safety.</b> The store, its tenant stores and their repositories are thread-safe;
 *       a unit of work is used by one thread at a time.
 *   <li><b>Reads</b> never lock and never wait: each tenant's committed data is an immutable hash
 *       trie per aggregate type, replaced as a whole by each commit, so a read or a stream sees one
 *       consistent state and never part of a commit.
 *   <li><b>Writes</b> are buffered in their unit of work and checked against the versions when
 *       called. A commit takes a short per-tenant lock, checks the versions again if another commit
 *       came in between, and publishes the new state in one step: all or nothing. Units of work
 *       never wait for each other, except for that short lock.
 *   <li><b>Memory.</b> The store keeps no per-aggregate wrapper objects: a stored aggregate costs
 *       its own objects plus about 40 bytes of trie structure and version (BENCHMARKS.md has the
 *       measured figure). An alignment link is kept once, referenced from its child's and its
 *       parent's link sets. Measurements are kept per KPI in columns, about 28 bytes each, and
 *       rebuilt as objects when read; check-ins per goal in an array.
 *   <li><b>Logs</b> (measurements, check-ins) merge the appends of a commit into the committed
 *       log of each KPI or goal, so concurrent appends never conflict; a commit copies each log it
 *       appends to, which suits logs of up to some thousands of entries per KPI or goal.
 *   <li><b>References</b> (a link's goals, a measurement's KPI, a check-in's goal, an erased
 *       employee named nowhere) are checked when a write is called and, if another commit came in
 *       between, again on the state the commit is about to publish.
 *   <li><b>Commit counter and outbox.</b> A tenant's commit counter is raised under the commit
 *       lock, right after the commit's state is published. Outbox messages get the number of the
 *       commit that publishes them, which orders them; a published message leaves only its id
 *       behind. Reading pending messages scans the tenant's pending ones, so relay often.
 * </ul>
 *
 * <p>Data lives as long as the store object; nothing is written to disk.
 */
public final class MemoryStore implements PillarsStore {
  private final ConcurrentMap<TenantId, MemoryTenantStore> tenants = new ConcurrentHashMap<>();

  private MemoryStore() {}

  /**
   * Returns a new, empty store.
   *
   * @return a store with no data for any tenant
   */
  public static MemoryStore create() {
    return new MemoryStore();
  }

  /**
   * Returns the view of one tenant's data.
   *
   * <p>Thread-safe; returns the same view every time for the same tenant.
   *
   * @param tenant the tenant
   * @return the tenant's store
   * @throws NullPointerException if {@code tenant} is null
   */
  @Override
  public TenantStore forTenant(TenantId tenant) {
    Checks.notNull("tenant", tenant);
    return tenants.computeIfAbsent(tenant, MemoryTenantStore::new);
  }

  @Override
  public String toString() {
    return "MemoryStore[" + tenants.size() + " tenants]";
  }
}
