package dev.pillars.core.cadence;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.util.OptionalInt;

/**
 * One person's cadence on the report's day.
 *
 * @param person the person
 * @param daysSinceFeedbackReceived days since they last received feedback; empty if never
 * @param daysSinceFeedbackGiven days since they last gave feedback under their name; empty if never
 * @param daysSinceOneOnOne days since their last 1:1, on either side; empty if never
 * @param feedbackPerMonth the feedback they received in the report's window, per 30 days
 */
public record PersonCadence(
    EmployeeId person,
    OptionalInt daysSinceFeedbackReceived,
    OptionalInt daysSinceFeedbackGiven,
    OptionalInt daysSinceOneOnOne,
    double feedbackPerMonth) {
  /**
   * Creates a person's cadence.
   *
   * @param person the person
   * @param daysSinceFeedbackReceived days since they last received feedback
   * @param daysSinceFeedbackGiven days since they last gave named feedback
   * @param daysSinceOneOnOne days since their last 1:1
   * @param feedbackPerMonth feedback received per 30 days, zero or positive
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if a number is negative
   */
  public PersonCadence {
    Checks.notNull("person", person);
    Checks.notNull("daysSinceFeedbackReceived", daysSinceFeedbackReceived);
    Checks.notNull("daysSinceFeedbackGiven", daysSinceFeedbackGiven);
    Checks.notNull("daysSinceOneOnOne", daysSinceOneOnOne);
    Checks.notNull("daysSinceFeedbackReceived", daysSinceFeedbackReceived).ifPresent(d -> Checks.inRange("daysSinceFeedbackReceived", d, 0, Integer.MAX_VALUE));
    Checks.notNull("daysSinceFeedbackGiven", daysSinceFeedbackGiven).ifPresent(d -> Checks.inRange("daysSinceFeedbackGiven", d, 0, Integer.MAX_VALUE));
    Checks.notNull("daysSinceOneOnOne", daysSinceOneOnOne).ifPresent(d -> Checks.inRange("daysSinceOneOnOne", d, 0, Integer.MAX_VALUE));
    feedbackPerMonth = Checks.nonNegative("feedbackPerMonth", feedbackPerMonth);
  }
}
