package dev.pillars.core.kpi;

/**
 * Where a KPI is heading: the status of its projected attainment at the due date, as classified
 * by {@link TrackThresholds}.
 */
public enum TrackStatus {
  /** The projection reaches the target (by default: projected attainment at least 1.0). */
  ON_TRACK,
  /** The projection falls a little short (by default: at least 0.8 but below 1.0). */
  AT_RISK,
  /** The projection falls well short (by default: below 0.8). */
  OFF_TRACK
}
