package dev.pillars.persistence.spi;

import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;

/**
 * The review templates of one tenant, each with its version.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. A template's
 * id is {@link ReviewTemplate#id()}. A template names no employee. The repository does not check
 * that cycles still use a template it deletes; that is the engine's work.
 */
public interface ReviewTemplateRepository extends AggregateRepository<ReviewTemplateId, ReviewTemplate> {}
