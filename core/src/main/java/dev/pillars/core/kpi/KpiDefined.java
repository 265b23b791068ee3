package dev.pillars.core.kpi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A KPI was defined.
 *
 * @param definition the new definition
 * @param occurredAt when it was defined
 */
public record KpiDefined(KpiDefinition definition, Instant occurredAt) implements KpiEvent {
  /**
   * Creates the event.
   *
   * @param definition the new definition
   * @param occurredAt when it was defined
   * @throws NullPointerException if an argument is null
   */
  public KpiDefined {
    requireNonNull(definition, "definition");
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public KpiId kpi() {
    return definition.id();
  }
}
