package dev.pillars.persistence.jdbc;

import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.persistence.spi.KpiDefinitionRepository;

/**
 * The KPI definitions of one tenant in the JDBC store. A definition's measurements go with it
 * ({@code ON DELETE CASCADE}).
 */
final class JdbcKpiDefinitionRepository extends JdbcRepository<KpiId, KpiDefinition>
    implements KpiDefinitionRepository {
  JdbcKpiDefinitionRepository(Session session) {
    super(session, session.jdbc().kpiDefinitions);
  }
}
