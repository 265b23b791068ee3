package dev.pillars.core.kpi;

import dev.pillars.core.Checks;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One value of a KPI: what was observed on a date, and when it was recorded.
 *
 * <p>The two times differ on purpose. {@code observedOn} is the date the value describes (the
 * week ending on a Friday, say); {@code recordedAt} is when it entered the series. A correction is
 * a new measurement for the same {@code observedOn} with a later {@code recordedAt}, so the series
 * can always tell what was known when.
 *
 * @param kpi the KPI measured
 * @param observedOn the date the value describes
 * @param recordedAt when the value was recorded
 * @param value the measured value, finite
 */
public record Measurement(KpiId kpi, LocalDate observedOn, Instant recordedAt, double value) {
  /**
   * Creates a measurement.
   *
   * @param kpi the KPI measured
   * @param observedOn the date the value describes
   * @param recordedAt when the value was recorded
   * @param value the measured value, finite
   * @throws NullPointerException if a field is null
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not finite
   */
  public Measurement {
    Checks.notNull("kpi", kpi);
    Checks.notNull("observedOn", observedOn);
    Checks.notNull("recordedAt", recordedAt);
    value = Checks.finite("value", value);
  }

  /**
   * Returns a measurement.
   *
   * @param kpi the KPI measured
   * @param observedOn the date the value describes
   * @param recordedAt when the value was recorded
   * @param value the measured value
   * @return the measurement
   * @throws NullPointerException if a field is null
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not finite
   */
  public static Measurement of(KpiId kpi, LocalDate observedOn, Instant recordedAt, double value) {
    return new Measurement(kpi, observedOn, recordedAt, value);
  }
}
