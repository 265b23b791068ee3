package dev.pillars.persistence.spi;

import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.competency.CompetencyModel;

/**
 * The competency models of one tenant, one aggregate per revision: its id is {@link
 * CompetencyModel#id()}, the model and revision number. A new revision is inserted beside the old
 * ones, which stay as they were, so assessments keep the revision they were taken against.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. The
 * development pillar's erasure rule is in {@link PersonalDataRepository}.
 */
public interface CompetencyModelRepository extends AggregateRepository<ModelRevision, CompetencyModel> {}
