package dev.pillars.persistence.memory;

import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.persistence.spi.KpiDefinitionRepository;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The KPI definitions of one tenant in the in-memory store; deleting one deletes its measurements. */
final class MemoryKpiDefinitionRepository extends MemoryRepository<KpiId, KpiDefinition>
    implements KpiDefinitionRepository {
  private final MemoryRepositories repositories;

  MemoryKpiDefinitionRepository(
      MemoryTenantStore store, @Nullable MemoryUnitOfWork work, MemoryRepositories repositories) {
    super(store, work, Tables.KPI_DEFINITIONS, "KpiDefinitionRepository");
    this.repositories = repositories;
  }

  @Override
  void deleted(KpiId id) {
    repositories.measurements.log.replace(id, entries -> List.of());
  }
}
