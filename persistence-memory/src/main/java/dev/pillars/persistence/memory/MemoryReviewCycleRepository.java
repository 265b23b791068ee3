package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.persistence.spi.ReviewCycleRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The review cycles of one tenant in the in-memory store. */
final class MemoryReviewCycleRepository extends MemoryRepository<ReviewCycleId, ReviewCycle>
    implements ReviewCycleRepository {
  MemoryReviewCycleRepository(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    super(store, work, Tables.REVIEW_CYCLES, "ReviewCycleRepository");
  }

  @Override
  public Stream<Versioned<ReviewCycle>> streamByTemplate(ReviewTemplateId template) {
    Checks.notNull("template", template);
    return stream().filter(cycle -> cycle.value().template().equals(template));
  }
}
