package dev.pillars.core.review;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The overall rating a manager proposed for one person in a submitted review: what calibration
 * reads, with the rater beside it for rater effects.
 *
 * @param review the manager review it comes from
 * @param subject the person rated
 * @param rater the manager who rated them (the review's author)
 * @param rating the proposed rating, as the latest revision states it
 */
public record ProposedRating(ReviewId review, EmployeeId subject, EmployeeId rater, double rating) {
  /**
   * Creates a proposed rating.
   *
   * @param review the review
   * @param subject the person rated
   * @param rater the rater
   * @param rating the rating, finite
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the rating is not finite
   */
  public ProposedRating {
    Checks.notNull("review", review);
    Checks.notNull("subject", subject);
    Checks.notNull("rater", rater);
    rating = Checks.finite("rating", rating);
  }

  /**
   * Returns the proposed ratings of the submitted manager reviews among the given reviews, in the
   * order of the people rated (then of the reviews): each latest revision's proposed rating, where
   * it has one. Reviews of other roles, not submitted, or without a proposed rating are left out.
   *
   * @param reviews the reviews, such as all of one cycle's
   * @return the proposed ratings
   * @throws NullPointerException if {@code reviews} or one of them is null
   */
  public static List<ProposedRating> of(Collection<Review> reviews) {
    Checks.notNull("reviews", reviews);
    List<ProposedRating> ratings = new ArrayList<>();
    for (Review review : reviews) {
      Checks.notNull("reviews", review);
      if (review.role() != ReviewRole.MANAGER) {
        continue;
      }
      review.submitted().ifPresent(latest -> {
        if (latest.content().proposedRating().isPresent()) {
          ratings.add(new ProposedRating(
              review.id(), review.subject(), review.author(), latest.content().proposedRating().getAsDouble()));
        }
      });
    }
    ratings.sort(Comparator.comparing(ProposedRating::subject).thenComparing(ProposedRating::review));
    return List.copyOf(ratings);
  }
}
