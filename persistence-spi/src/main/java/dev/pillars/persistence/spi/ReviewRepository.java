package dev.pillars.persistence.spi;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewId;
import java.util.stream.Stream;

/**
 * The reviews of one tenant, each with its version and its whole amendment history.
 *
 * <p>Everything {@link AggregateRepository} says holds here. A review's id is {@link Review#id()}.
 * A store keeps every revision of a review exactly as written: a submitted revision reads back
 * equal, whatever later updates add, so any past state of a review can be read back ({@link
 * Review#asOf}). The repository does not check that a review's cycle exists; the engine does.
 */
public interface ReviewRepository extends AggregateRepository<ReviewId, Review> {
  /**
   * Streams the reviews of one cycle, in no particular order, with the same consistency and closing
   * duties as {@link #stream()}.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @param cycle the cycle
   * @return its reviews; empty if it has none; the caller closes it
   * @throws NullPointerException if {@code cycle} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<Review>> streamByCycle(ReviewCycleId cycle);

  /**
   * Streams the reviews of one person, whoever wrote them and in whichever cycle, in no particular
   * order, with the same consistency and closing duties as {@link #stream()}.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @param subject the person reviewed
   * @return their reviews; the caller closes it
   * @throws NullPointerException if {@code subject} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<Review>> streamBySubject(EmployeeId subject);
}
