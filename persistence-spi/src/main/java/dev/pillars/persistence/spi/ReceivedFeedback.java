package dev.pillars.persistence.spi;

import dev.pillars.core.Checks;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.feedback.FeedbackLink;
import dev.pillars.core.feedback.Rating;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Feedback as its receiver's export shows it: everything the receiver was given, with the giver
 * named only when the feedback is not anonymous. Anonymous feedback carries no trace of its giver
 * here, so an export never reveals who gave it.
 *
 * @param id the feedback's id
 * @param kind its kind
 * @param giver the giver, or empty when the feedback is anonymous
 * @param anonymous whether it was given anonymously
 * @param text what was written
 * @param link the goal, competency or company value it is about, if any
 * @param ratings its ratings, if the kind has them
 * @param givenAt when it was given
 * @param withdrawnAt when it was withdrawn, if it was
 */
public record ReceivedFeedback(
    FeedbackId id,
    FeedbackKind kind,
    Optional<EmployeeId> giver,
    boolean anonymous,
    String text,
    Optional<FeedbackLink> link,
    List<Rating> ratings,
    Instant givenAt,
    Optional<Instant> withdrawnAt) {
  /**
   * Creates the receiver's view of one feedback.
   *
   * @param id the feedback's id
   * @param kind its kind
   * @param giver the giver, or empty when the feedback is anonymous
   * @param anonymous whether it was given anonymously
   * @param text what was written
   * @param link what it is about, if anything
   * @param ratings its ratings
   * @param givenAt when it was given
   * @param withdrawnAt when it was withdrawn, if it was
   * @throws NullPointerException if an argument is or holds null
   * @throws dev.pillars.core.InvalidInputException if anonymous feedback names its giver, or other
   *     feedback does not
   */
  public ReceivedFeedback {
    Checks.notNull("id", id);
    Checks.notNull("kind", kind);
    Checks.notNull("giver", giver);
    Checks.notNull("text", text);
    Checks.notNull("link", link);
    ratings = List.copyOf(Checks.notNull("ratings", ratings));
    Checks.notNull("givenAt", givenAt);
    Checks.notNull("withdrawnAt", withdrawnAt);
    Checks.require(giver.isEmpty() == anonymous, "giver", anonymous ? "a giver" : "none",
        anonymous ? "must be absent for anonymous feedback" : "must be present unless the feedback is anonymous");
  }

  /**
   * Returns the receiver's view of a feedback: the giver only if it is not anonymous.
   *
   * @param feedback the feedback
   * @return its view for the receiver
   * @throws NullPointerException if {@code feedback} is null
   */
  public static ReceivedFeedback of(Feedback feedback) {
    Checks.notNull("feedback", feedback);
    return new ReceivedFeedback(feedback.id(), feedback.kind(), feedback.visibleGiver(), feedback.anonymous(),
        feedback.text(), feedback.link(), feedback.ratings(), feedback.givenAt(), feedback.withdrawnAt());
  }
}
