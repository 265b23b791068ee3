package dev.pillars.core.kpi;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A value was recorded for an observation date that had none.
 *
 * @param measurement the new measurement
 */
public record MeasurementRecorded(Measurement measurement) implements KpiEvent {
  /**
   * Creates the event.
   *
   * @param measurement the new measurement
   * @throws NullPointerException if {@code measurement} is null
   */
  public MeasurementRecorded {
    Checks.notNull("measurement", measurement);
  }

  @Override
  public KpiId kpi() {
    return measurement.kpi();
  }

  /**
   * Returns when the measurement was recorded.
   *
   * @return {@code measurement().recordedAt()}
   */
  @Override
  public Instant occurredAt() {
    return measurement.recordedAt();
  }
}
