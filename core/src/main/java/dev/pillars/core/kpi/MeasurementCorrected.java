package dev.pillars.core.kpi;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * The value of an observation date was corrected; the previous value stays in the history.
 *
 * @param previous the value current before the correction
 * @param correction the new value, same KPI and observation date, recorded later
 */
public record MeasurementCorrected(Measurement previous, Measurement correction) implements KpiEvent {
  /**
   * Creates the event.
   *
   * @param previous the value current before the correction
   * @param correction the new value, same KPI and observation date, recorded later
   * @throws NullPointerException if a measurement is null
   * @throws dev.pillars.core.InvalidInputException if the two differ in KPI or observation date, or
   *     the correction was not recorded after the previous value
   */
  public MeasurementCorrected {
    Checks.notNull("previous", previous);
    Checks.notNull("correction", correction);
    Checks.require(
        correction.kpi().equals(previous.kpi()), "correction.kpi", correction.kpi(), "must be " + previous.kpi());
    Checks.require(
        correction.observedOn().equals(previous.observedOn()),
        "correction.observedOn",
        correction.observedOn(),
        "must be " + previous.observedOn());
    Checks.require(
        correction.recordedAt().isAfter(previous.recordedAt()),
        "correction.recordedAt",
        correction.recordedAt(),
        "must be after the previous value's recordedAt " + previous.recordedAt());
  }

  @Override
  public KpiId kpi() {
    return correction.kpi();
  }

  /**
   * Returns when the correction was recorded.
   *
   * @return {@code correction().recordedAt()}
   */
  @Override
  public Instant occurredAt() {
    return correction.recordedAt();
  }
}
