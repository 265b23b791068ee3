package dev.pillars.persistence.spi;

import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;

/**
 * The KPI definitions of one tenant, each with its version: what each KPI measures and how.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. A definition's
 * id is {@link KpiDefinition#id()}. Targets are not stored here: a target belongs to the goal that
 * sets it ({@link dev.pillars.core.goal.GoalMeasure}), stored with the goal.
 *
 * <p>A KPI's {@link MeasurementLog measurements} belong to its definition: deleting the definition
 * (which is for definitions created by mistake) deletes its measurements in the same unit of work,
 * and a measurement can only be appended for a KPI that is defined.
 */
public interface KpiDefinitionRepository extends AggregateRepository<KpiId, KpiDefinition> {}
