package dev.pillars.persistence.jdbc;

import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.spi.OrgUnitRepository;

/** The organisational units of one tenant in the JDBC store. */
final class JdbcOrgUnitRepository extends JdbcRepository<OrgUnitId, OrgUnit> implements OrgUnitRepository {
  JdbcOrgUnitRepository(Session session) {
    super(session, session.jdbc().orgUnits);
  }
}
