package dev.pillars.core.cadence;

import dev.pillars.core.Checks;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.org.EmployeeId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What cadence analytics reads of one piece of feedback: who gave it (unless anonymous), who
 * received it, and on which day.
 *
 * @param giver the giver; empty for anonymous feedback, which therefore never counts as given by
 *     anyone (a report of when someone last gave feedback would otherwise reveal who gave it)
 * @param receiver the receiver
 * @param on the day it was given
 */
public record FeedbackFact(Optional<EmployeeId> giver, EmployeeId receiver, LocalDate on) {
  /**
   * Creates a fact.
   *
   * @param giver the giver, empty if anonymous
   * @param receiver the receiver
   * @param on the day it was given
   * @throws NullPointerException if a part is null
   */
  public FeedbackFact {
    Checks.notNull("giver", giver);
    Checks.notNull("receiver", receiver);
    Checks.notNull("on", on);
  }

  /**
   * Returns the fact of a piece of feedback, unless it was withdrawn.
   *
   * @param feedback the feedback
   * @param zone the time zone whose day counts
   * @return the fact; empty for withdrawn feedback
   */
  public static Optional<FeedbackFact> of(Feedback feedback, ZoneId zone) {
    Checks.notNull("feedback", feedback);
    Checks.notNull("zone", zone);
    if (feedback.isWithdrawn()) {
      return Optional.empty();
    }
    return Optional.of(new FeedbackFact(feedback.visibleGiver(), feedback.receiver(), LocalDate.ofInstant(feedback.givenAt(), zone)));
  }
}
