package dev.pillars.persistence.spi;

import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.assessment.Assessment;

/**
 * The competency assessments of one tenant, each with its version; an assessment's id is {@link
 * Assessment#id()}.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. The
 * development pillar's erasure rule is in {@link PersonalDataRepository}.
 */
public interface AssessmentRepository extends AggregateRepository<AssessmentId, Assessment> {}
