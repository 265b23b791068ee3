package dev.pillars.persistence.jdbc;

import dev.pillars.core.TenantId;
import dev.pillars.persistence.spi.AlignmentLinkRepository;
import dev.pillars.persistence.spi.CheckInLog;
import dev.pillars.persistence.spi.EmployeeRepository;
import dev.pillars.persistence.spi.GoalRepository;
import dev.pillars.persistence.spi.KpiDefinitionRepository;
import dev.pillars.persistence.spi.MeasurementLog;
import dev.pillars.persistence.spi.OrgUnitRepository;
import dev.pillars.persistence.spi.OrganisationRepository;
import dev.pillars.persistence.spi.PersonalDataRepository;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;

/** One tenant's view of the JDBC store: reads of committed data, and units of work. */
final class JdbcTenantStore implements TenantStore {
  private final JdbcStore jdbc;
  private final TenantId tenant;
  private final JdbcRepositories repositories;

  JdbcTenantStore(JdbcStore jdbc, TenantId tenant) {
    this.jdbc = jdbc;
    this.tenant = tenant;
    this.repositories = new JdbcRepositories(new CommittedSession(this));
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
    return repositories.goals;
  }

  @Override
  public AlignmentLinkRepository alignment() {
    return repositories.alignment;
  }

  @Override
  public CheckInLog checkIns() {
    return repositories.checkIns;
  }

  @Override
  public EmployeeRepository employees() {
    return repositories.employees;
  }

  @Override
  public OrgUnitRepository orgUnits() {
    return repositories.orgUnits;
  }

  @Override
  public OrganisationRepository organisation() {
    return repositories.organisation;
  }

  @Override
  public KpiDefinitionRepository kpiDefinitions() {
    return repositories.kpiDefinitions;
  }

  @Override
  public MeasurementLog measurements() {
    return repositories.measurements;
  }

  @Override
  public PersonalDataRepository personalData() {
    return repositories.personalData;
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
