package dev.pillars.engine.access;

import dev.pillars.core.org.Organisation;
import java.util.Optional;

/**
 * The standard policy's rules for reviews. People see the reviews they wrote (a peer sees only
 * what they wrote), and their own reviews once shared; a manager sees the reviews of everyone who
 * reports to them, down the chain. The author writes and amends a review; the person reviewed
 * acknowledges it once shared. Everything else, including amending another's review and managing
 * cycles, takes an HR grant.
 */
final class ReviewRules {
  private ReviewRules() {}

  /** Returns the decision these rules make, or empty to leave it to HR grants. */
  static Optional<AccessDecision> decide(
      Actor.Person person, Action action, Resource.OfReview review, Organisation organisation) {
    boolean author = review.author().equals(person.employee());
    boolean subject = review.subject().equals(person.employee());
    switch (action) {
      case VIEW_REVIEW:
        if (author) {
          return allow("people may read the reviews they wrote");
        }
        if (subject && review.shared()) {
          return allow("people may read their own reviews once shared");
        }
        if (organisation.employee(review.subject()).isPresent() && organisation.manages(person.employee(), review.subject())) {
          return allow("a manager may read the reviews of everyone who reports to them, down the chain");
        }
        return Optional.empty();
      case WRITE_REVIEW:
      case AMEND_REVIEW:
        return author ? allow("the author of a review may " + action + " it") : Optional.empty();
      case ACKNOWLEDGE_REVIEW:
        return subject && review.shared() ? allow("people may acknowledge their own reviews once shared") : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static Optional<AccessDecision> allow(String rule) {
    return Optional.of(AccessDecision.allow(rule));
  }
}
