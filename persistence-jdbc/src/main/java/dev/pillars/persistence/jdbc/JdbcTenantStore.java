package dev.pillars.persistence.jdbc;

import dev.pillars.core.TenantId;
import dev.pillars.persistence.spi.GoalRepository;
import dev.pillars.persistence.spi.PersonalDataRepository;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;

/** One tenant's view of the JDBC store: reads of committed data, and units of work. */
final class JdbcTenantStore implements TenantStore {
  private final JdbcStore jdbc;
  private final TenantId tenant;
  private final JdbcGoalRepository goals;
  private final JdbcPersonalData personalData;

  JdbcTenantStore(JdbcStore jdbc, TenantId tenant) {
    this.jdbc = jdbc;
    this.tenant = tenant;
    CommittedSession committed = new CommittedSession(this);
    this.goals = new JdbcGoalRepository(committed);
    this.personalData = new JdbcPersonalData(committed);
  }

  JdbcStore jdbc() {
    return jdbc;
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public GoalRepository goals() {
    return goals;
  }

  @Override
  public PersonalDataRepository personalData() {
    return personalData;
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
