package dev.pillars.persistence.spi;

import dev.pillars.core.development.PlanId;
import dev.pillars.core.development.DevelopmentPlan;

/**
 * The development plans of one tenant, each with its version; a plan's id is {@link
 * DevelopmentPlan#id()}. A plan's development goals are ordinary goals, stored by the {@link
 * GoalRepository}; the plan keeps their ids.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. The
 * development pillar's erasure rule is in {@link PersonalDataRepository}.
 */
public interface DevelopmentPlanRepository extends AggregateRepository<PlanId, DevelopmentPlan> {}
