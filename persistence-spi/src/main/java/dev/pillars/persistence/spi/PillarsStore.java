package dev.pillars.persistence.spi;

import dev.pillars.core.TenantId;

/**
 * A store of Pillars aggregates for any number of tenants: the entry point a host implements (or
 * takes from {@code pillars-persistence-memory} or a JDBC store) and hands to Pillars.
 *
 * <p>All data lives inside a tenant: {@link #forTenant(TenantId)} gives the one view through which
 * a tenant's data is read and written, and no view reaches another tenant's data.
 *
 * <p><b>Duties of an implementation.</b> A store is thread-safe. It never opens a connection of its
 * own accord beyond what its host configured (a JDBC store uses the host's {@code DataSource}). It
 * keeps the rules of this package (versions, units of work, tenant isolation, streaming) exactly;
 * the {@code pillars-persistence-tck} module checks them.
 */
public interface PillarsStore {

  /**
   * Returns the view of one tenant's data. A tenant needs no creation: a tenant nothing was
   * written for has no data yet.
   *
   * <p>Thread safety: safe from any thread.
   *
   * @param tenant the tenant
   * @return the tenant's store; cheap to obtain and safe to keep
   * @throws NullPointerException if {@code tenant} is null
   */
  TenantStore forTenant(TenantId tenant);
}
