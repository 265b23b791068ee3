package dev.pillars.core.kpi;

import dev.pillars.core.Checks;
import java.time.LocalDate;

/**
 * A number attached to a date that is not itself a measurement, such as a point of a moving
 * average.
 *
 * @param date the date
 * @param value the value, finite
 */
public record DatedValue(LocalDate date, double value) {
  /**
   * Creates a dated value.
   *
   * @param date the date
   * @param value the value, finite
   * @throws NullPointerException if {@code date} is null
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not finite
   */
  public DatedValue {
    Checks.notNull("date", date);
    Checks.finite("value", value);
  }
}
