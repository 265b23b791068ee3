package dev.pillars.persistence.memory;

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
import java.util.concurrent.locks.ReentrantLock;

/**
 * The data of one tenant: an immutable array of tables (one {@link Trie} each) that a commit
 * replaces as a whole, under a lock that only commits take. Readers never lock: they read the
 * current array once and see one consistent state.
 */
final class MemoryTenantStore implements TenantStore {
  private final TenantId tenant;
  private final ReentrantLock commitLock = new ReentrantLock();
  private volatile Trie[] state = Tables.empty();
  private final MemoryRepositories repositories;

  MemoryTenantStore(TenantId tenant) {
    this.tenant = tenant;
    this.repositories = new MemoryRepositories(this, null);
  }

  /** Returns the committed state; never changed, only replaced. */
  Trie[] state() {
    return state;
  }

  ReentrantLock commitLock() {
    return commitLock;
  }

  /** Replaces the committed state; called with the commit lock held. */
  void publish(Trie[] next) {
    state = next;
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
    return new MemoryUnitOfWork(this);
  }

  @Override
  public String toString() {
    return "MemoryTenantStore[" + tenant + "]";
  }
}
