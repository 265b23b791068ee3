package dev.pillars.persistence.memory;

import dev.pillars.persistence.spi.TransactionRequiredException;
import org.jspecify.annotations.Nullable;

/** The checks every repository call of the in-memory store starts with. */
final class Access {
  private Access() {}

  /**
   * Checks a read: through a tenant store it always may; through a unit of work, only while the
   * unit of work is active.
   *
   * @return the unit of work, or null for a tenant store's repository
   */
  static @Nullable MemoryUnitOfWork reading(@Nullable MemoryUnitOfWork work, String operation) {
    if (work != null) {
      work.requireActive(operation);
    }
    return work;
  }

  /**
   * Checks a write: it needs an active unit of work.
   *
   * @return the unit of work
   */
  static MemoryUnitOfWork writing(MemoryTenantStore store, @Nullable MemoryUnitOfWork work, String operation) {
    if (work == null) {
      throw new TransactionRequiredException(store.tenant(), operation);
    }
    work.requireActive(operation);
    return work;
  }
}
