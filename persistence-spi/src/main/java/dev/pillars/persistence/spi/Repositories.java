package dev.pillars.persistence.spi;

import dev.pillars.core.TenantId;

/**
 * The repositories of one tenant: one per aggregate, plus export and erasure of personal data.
 *
 * <p>Both a {@link TenantStore} and a {@link UnitOfWork} offer them. Those of a tenant store read
 * committed data and refuse writes with {@link TransactionRequiredException}; those of a unit of
 * work read committed data plus the unit of work's own writes and write into it. Each call returns
 * the same repository for the same tenant store or unit of work, or an equivalent one; obtaining a
 * repository is cheap and never fails.
 */
public interface Repositories {

  /**
   * Returns the tenant all these repositories are scoped to.
   *
   * @return the tenant
   */
  TenantId tenant();

  /**
   * Returns the tenant's goals.
   *
   * @return the goal repository
   */
  GoalRepository goals();

  /**
   * Returns export and erasure of one employee's data across all of the tenant's aggregates.
   *
   * @return the personal-data repository
   */
  PersonalDataRepository personalData();
}
