package dev.pillars.core.smart;

import dev.pillars.core.Checks;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.MeasurementSeries;

/**
 * A KPI with its measurements: what the Achievable check compares a target with.
 *
 * @param definition the KPI
 * @param series the KPI's measurements; its current values are fitted
 */
public record KpiHistory(KpiDefinition definition, MeasurementSeries series) {
  /**
   * Creates a history.
   *
   * @param definition the KPI
   * @param series the KPI's measurements; its current values are fitted
   * @throws NullPointerException if a field is null
   * @throws dev.pillars.core.InvalidInputException if the series measures another KPI
   */
  public KpiHistory {
    Checks.notNull("definition", definition);
    Checks.notNull("series", series);
    Checks.require(
        series.kpi().equals(definition.id()), "series.kpi", series.kpi(), "must be the definition's KPI " + definition.id());
  }

  /**
   * Returns the KPI's id.
   *
   * @return the id of the definition and the series
   */
  public KpiId kpi() {
    return definition.id();
  }
}
