package dev.pillars.persistence.jdbc;

import dev.pillars.core.TenantId;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;

/** One tenant's view of the JDBC store: reads of committed data, and units of work. */
final class JdbcTenantStore implements TenantStore, JdbcRepositoryAccess {
  private final JdbcStore jdbc;
  private final TenantId tenant;
  private final CommittedSession committed;
  private final JdbcRepositories repositories;

  JdbcTenantStore(JdbcStore jdbc, TenantId tenant) {
    this.jdbc = jdbc;
    this.tenant = tenant;
    this.committed = new CommittedSession(this);
    this.repositories = new JdbcRepositories(committed);
  }

  JdbcStore jdbc() {
    return jdbc;
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public JdbcRepositories repositories() {
    return repositories;
  }

  @Override
  public long commits() {
    return committed.read("TenantStore.commits", connection -> jdbc.commits.read(connection, tenant));
  }

  @Override
  public UnitOfWork begin() {
    return JdbcUnitOfWork.begin(this);
  }

  @Override
  public String toString() {
    return "JdbcTenantStore[" + tenant + "]";
  }
}
