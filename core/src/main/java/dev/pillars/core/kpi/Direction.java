package dev.pillars.core.kpi;

/**
 * Which way a KPI's values get better.
 *
 * <p>The direction decides how {@link Attainment} reads a measured value against a {@link
 * KpiTarget}, which sign an {@link Improvement} carries, and which targets a {@link KpiDefinition}
 * accepts.
 */
public enum Direction {
  /** Higher values are better, such as units per labour hour or on-time delivery. */
  HIGHER_IS_BETTER,
  /** Lower values are better, such as defect rate or lead time. */
  LOWER_IS_BETTER,
  /**
   * Values inside a band are best, such as a temperature or an inventory level; the target names
   * the band through {@link KpiTarget#band()}, and the further a value lies outside the band, the
   * worse it is.
   */
  WITHIN_RANGE
}
