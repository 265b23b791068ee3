package dev.pillars.scoring;

/**
 * The job a scoring strategy does. A strategy name is unique within its kind, so {@code okr} can
 * name both an aggregation and a rating strategy.
 */
public enum StrategyKind {
  /** How far a measured value has come from a KPI's baseline to its target. */
  ATTAINMENT,
  /** Combining the scores of child goals into their parent's score (the roll-up). */
  AGGREGATION,
  /** Composing a review score from named components such as goals and competencies. */
  COMPOSITION,
  /** Mapping a continuous score to a level of a rating scale. */
  RATING,
  /** Adjusting ratings across raters, or converting them from one scale to another. */
  NORMALISATION,
  /** Sharing a budget out in exact minor currency units. */
  ALLOCATION
}
