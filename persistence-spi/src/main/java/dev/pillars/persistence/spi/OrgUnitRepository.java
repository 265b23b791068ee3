package dev.pillars.persistence.spi;

import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;

/**
 * The organisational units of one tenant (companies, divisions, plants, teams), each with its
 * version.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. A unit's id is
 * {@link OrgUnit#id()}. Like {@link EmployeeRepository}, it stores units as they are and leaves the
 * rules that span units (the parent exists, no cycle of parents) to the {@link
 * dev.pillars.core.org.Organisation} that {@link OrganisationRepository#snapshot()} assembles.
 */
public interface OrgUnitRepository extends AggregateRepository<OrgUnitId, OrgUnit> {}
