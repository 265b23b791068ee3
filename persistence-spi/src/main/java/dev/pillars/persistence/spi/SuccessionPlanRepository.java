package dev.pillars.persistence.spi;

import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.SuccessionPlan;

/**
 * The succession plans of one tenant, one per key position, each with its version; a plan's id is
 * {@link SuccessionPlan#position()}.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. The
 * development pillar's erasure rule is in {@link PersonalDataRepository}.
 */
public interface SuccessionPlanRepository extends AggregateRepository<PositionId, SuccessionPlan> {}
