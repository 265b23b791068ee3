package dev.pillars.persistence.memory;

import dev.pillars.core.TenantId;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The data of one tenant: an immutable array of tables (one {@link Trie} each) that a commit
 * replaces as a whole, under a lock that only commits take. Readers never lock: they read the
 * current array once and see one consistent state. The commit counter is raised under the same
 * lock, right after the state it counts is published.
 */
final class MemoryTenantStore extends MemoryRepositoryAccess implements TenantStore {
  private final TenantId tenant;
  private final ReentrantLock commitLock = new ReentrantLock();
  private volatile Trie[] state = Tables.empty();
  private volatile long commits;
  private final MemoryRepositories repositories;

  MemoryTenantStore(TenantId tenant) {
    this.tenant = tenant;
    this.repositories = new MemoryRepositories(this, null);
  }

  @Override
  MemoryRepositories repositories() {
    return repositories;
  }

  /** Returns the committed state; never changed, only replaced. */
  Trie[] state() {
    return state;
  }

  ReentrantLock commitLock() {
    return commitLock;
  }

  /**
   * Replaces the committed state and then raises the commit counter to the commit's number; called
   * with the commit lock held. In this order a reader never sees a number without its data.
   */
  void publish(Trie[] next, long number) {
    state = next;
    commits = number;
  }

  @Override
  public long commits() {
    return commits;
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public UnitOfWork begin() {
    return new MemoryUnitOfWork(this);
  }

  @Override
  public String toString() {
    return "MemoryTenantStore[" + tenant + "]";
  }
}
