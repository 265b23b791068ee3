package dev.pillars.persistence.spi;

import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewTemplateId;
import java.util.stream.Stream;

/**
 * The review cycles of one tenant, each with its version: period, template, participants, due
 * dates, phase and HR's overrides.
 *
 * <p>Everything {@link AggregateRepository} says holds here. A cycle's id is {@link
 * ReviewCycle#id()}. The repository stores cycles as they are; the rule that nobody is in two
 * overlapping cycles of the same template spans cycles and is the engine's work, which reads {@link
 * #streamByTemplate}.
 */
public interface ReviewCycleRepository extends AggregateRepository<ReviewCycleId, ReviewCycle> {
  /**
   * Streams the cycles of one template, in no particular order, with the same consistency and
   * closing duties as {@link #stream()}.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @param template the template
   * @return its cycles; empty if it has none; the caller closes it
   * @throws NullPointerException if {@code template} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<ReviewCycle>> streamByTemplate(ReviewTemplateId template);
}
