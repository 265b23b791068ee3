package dev.pillars.persistence.tck;

import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.persistence.spi.Repositories;

/**
 * The review templates of one tenant: the generic repository contract over templates that vary
 * in scale, weights, composite rule, missing-component policy and questions.
 */
public abstract class ReviewTemplateContract extends AggregateRepositoryContract<ReviewTemplateId, ReviewTemplate> {
  /** Creates the contract; {@link PillarsStoreContract} nests it. */
  protected ReviewTemplateContract() {
    super(Repositories::reviewTemplates, n -> ReviewTemplateId.of("tpl-" + n), TckReviews::template);
  }
}
