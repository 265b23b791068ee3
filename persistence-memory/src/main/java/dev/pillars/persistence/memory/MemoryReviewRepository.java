package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewId;
import dev.pillars.persistence.spi.ReviewRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The reviews of one tenant in the in-memory store, each kept whole with its revisions. */
final class MemoryReviewRepository extends MemoryRepository<ReviewId, Review> implements ReviewRepository {
  MemoryReviewRepository(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    super(store, work, Tables.REVIEWS, "ReviewRepository");
  }

  @Override
  public Stream<Versioned<Review>> streamByCycle(ReviewCycleId cycle) {
    Checks.notNull("cycle", cycle);
    return stream().filter(review -> review.value().cycle().equals(cycle));
  }

  @Override
  public Stream<Versioned<Review>> streamBySubject(EmployeeId subject) {
    Checks.notNull("subject", subject);
    return stream().filter(review -> review.value().subject().equals(subject));
  }
}
