package dev.pillars.persistence.spi.internal;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.persistence.spi.ReviewCycleRepository;
import dev.pillars.persistence.spi.ReviewRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The review part of an erasure, the same for every store of the library: each cycle and review
 * that names the erased employee is updated to what {@link ReviewCycle#erasing} and {@link
 * Review#erasing} make of it, within the caller's unit of work. Public only so that the library's
 * stores share it; not part of the SPI.
 */
public final class ReviewErasure {
  private ReviewErasure() {}

  /**
   * Erases one employee from a tenant's cycles and reviews.
   *
   * @param cycles the unit of work's cycles
   * @param reviews the unit of work's reviews
   * @param employee the erased employee
   * @param pseudonym the id that stands for them
   * @return how many aggregates now name the pseudonym (first) and how many reviews lost words the
   *     employee wrote (second)
   */
  public static long[] erase(ReviewCycleRepository cycles, ReviewRepository reviews, EmployeeId employee, EmployeeId pseudonym) {
    long[] counts = new long[2];
    List<Versioned<ReviewCycle>> namingCycles;
    try (Stream<Versioned<ReviewCycle>> all = cycles.stream()) {
      namingCycles = all.filter(c -> c.value().names(employee)).collect(Collectors.toList());
    }
    for (Versioned<ReviewCycle> cycle : namingCycles) {
      cycles.update(cycle.value().erasing(employee, pseudonym), cycle.version());
      counts[0]++;
    }
    List<Versioned<Review>> namingReviews;
    try (Stream<Versioned<Review>> all = reviews.stream()) {
      namingReviews = all.filter(r -> r.value().names(employee)).collect(Collectors.toList());
    }
    for (Versioned<Review> review : namingReviews) {
      Review erased = review.value().erasing(employee, pseudonym);
      reviews.update(erased, review.version());
      counts[0]++;
      if (review.value().author().equals(employee) && !erased.content().equals(review.value().content())) {
        counts[1]++;
      }
    }
    return counts;
  }

  /**
   * Returns whether a cycle or review names the employee, for a store's check that nothing
   * committed after an erasure names the erased employee again.
   *
   * @param aggregate a cycle or a review; anything else names nobody
   * @param employee the employee
   * @return true if it names them
   */
  public static boolean names(Object aggregate, EmployeeId employee) {
    if (aggregate instanceof Review review) {
      return review.names(employee);
    }
    return aggregate instanceof ReviewCycle cycle && cycle.names(employee);
  }
}
