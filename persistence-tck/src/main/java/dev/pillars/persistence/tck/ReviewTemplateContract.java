package dev.pillars.persistence.tck;

import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.persistence.spi.AggregateRepository;
import dev.pillars.persistence.spi.Repositories;

/**
 * The review templates of one tenant: the generic repository contract over templates that vary
 * in scale, weights, composite rule, missing-component policy and questions.
 */
public abstract class ReviewTemplateContract extends AggregateRepositoryContract<ReviewTemplateId, ReviewTemplate> {
  /** Creates the contract; a subclass supplies the store. */
  protected ReviewTemplateContract() {}

  @Override
  protected final AggregateRepository<ReviewTemplateId, ReviewTemplate> repository(Repositories repositories) {
    return repositories.reviewTemplates();
  }

  @Override
  protected final ReviewTemplateId id(int n) {
    return ReviewTemplateId.of("tpl-" + n);
  }

  @Override
  protected final ReviewTemplate aggregate(ReviewTemplateId id, int variant) {
    return TckReviews.template(id, variant);
  }
}
