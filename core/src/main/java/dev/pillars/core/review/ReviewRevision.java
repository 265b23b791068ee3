package dev.pillars.core.review;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;
import java.util.Optional;

/**
 * One submitted state of a review: revision 1 is the submission, each later one an amendment with
 * its reason. A revision never changes; a review keeps them all.
 *
 * @param number the revision's number, from 1
 * @param content what the review said from then on
 * @param at when it was submitted or amended
 * @param actor who submitted or amended it
 * @param reason why it was amended; empty for the submission, present for every amendment
 */
public record ReviewRevision(int number, ReviewContent content, Instant at, EmployeeId actor, Optional<String> reason) {
  /**
   * Creates a revision.
   *
   * @param number the revision's number, from 1
   * @param content the content
   * @param at when
   * @param actor who
   * @param reason why; empty exactly for revision 1
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the number is below 1, or the reason is
   *     missing from an amendment, present on the submission, or blank
   */
  public ReviewRevision {
    Checks.notNull("content", content);
    Checks.notNull("at", at);
    Checks.notNull("actor", actor);
    Checks.notNull("reason", reason);
    Checks.inRange("number", number, 1, Integer.MAX_VALUE);
    reason.ifPresent(r -> Checks.notBlank("reason", r));
    Checks.require(
        reason.isPresent() == (number > 1),
        "reason",
        reason.orElse(null),
        number > 1 ? "must be given for an amendment" : "must be empty for the submission (revision 1)");
  }

  /**
   * Returns whether this revision is an amendment.
   *
   * @return true for every revision after the first
   */
  public boolean isAmendment() {
    return number > 1;
  }
}
