package dev.pillars.persistence.memory;

import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.persistence.spi.ReviewTemplateRepository;
import org.jspecify.annotations.Nullable;

/** The review templates of one tenant in the in-memory store. */
final class MemoryReviewTemplateRepository extends MemoryRepository<ReviewTemplateId, ReviewTemplate>
    implements ReviewTemplateRepository {
  MemoryReviewTemplateRepository(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    super(store, work, Tables.REVIEW_TEMPLATES, "ReviewTemplateRepository");
  }
}
