package dev.pillars.engine.review;

import dev.pillars.core.Period;
import dev.pillars.core.org.EmployeeId;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What reviews need from the feedback pillar: whether a person received feedback in a period, and
 * their 360 result as a score on the review template's scale. The host (or, once it is there, the
 * feedback pillar's service) supplies it to {@link ReviewService#status} and {@link
 * ReviewService#score}; {@link #none()} stands for no feedback at all.
 *
 * <p>Duties of an implementation: thread-safe, and no writes; it is called inside a read.
 */
public interface FeedbackSource {
  /**
   * Returns whether a person received feedback in a period.
   *
   * @param employee the person
   * @param period the period
   * @return true if they received any
   */
  boolean received(EmployeeId employee, Period period);

  /**
   * Returns a person's feedback component for a review: their 360 result in the period on the
   * template's scale.
   *
   * @param employee the person
   * @param period the period
   * @return the score, or empty if there is none (too few responses, say)
   */
  OptionalDouble score(EmployeeId employee, Period period);

  /**
   * Returns the source that knows of no feedback: nobody received any, nobody has a score.
   *
   * @return the source
   */
  static FeedbackSource none() {
    return new FeedbackSource() {
      @Override
      public boolean received(EmployeeId employee, Period period) {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(period, "period");
        return false;
      }

      @Override
      public OptionalDouble score(EmployeeId employee, Period period) {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(period, "period");
        return OptionalDouble.empty();
      }

      @Override
      public String toString() {
        return "FeedbackSource.none()";
      }
    };
  }
}
