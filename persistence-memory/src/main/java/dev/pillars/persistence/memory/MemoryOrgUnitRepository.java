package dev.pillars.persistence.memory;

import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.spi.OrgUnitRepository;
import org.jspecify.annotations.Nullable;

/** The organisational units of one tenant in the in-memory store. */
final class MemoryOrgUnitRepository extends MemoryRepository<OrgUnitId, OrgUnit> implements OrgUnitRepository {
  MemoryOrgUnitRepository(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    super(store, work, Tables.ORG_UNITS, "OrgUnitRepository");
  }
}
