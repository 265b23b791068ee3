package dev.pillars.core.kpi;

import dev.pillars.core.event.DomainEvent;

/** Something that happened to a KPI: its definition, or its measurement series. */
public sealed interface KpiEvent extends DomainEvent permits KpiDefined, MeasurementRecorded, MeasurementCorrected {
  /**
   * Returns the KPI that changed.
   *
   * @return the KPI's id
   */
  KpiId kpi();

  /**
   * Returns the KPI's id as text.
   *
   * @return {@code kpi().value()}
   */
  @Override
  default String aggregateId() {
    return kpi().value();
  }
}
