package dev.pillars.core.development;

/** What kind of development action a plan holds. */
public enum ActionKind {
  /** A course or workshop. */
  TRAINING,
  /** Sessions with a coach. */
  COACHING,
  /** A mentoring relationship. */
  MENTORING,
  /** Work beyond the current role, taken on to grow. */
  STRETCH_ASSIGNMENT,
  /** A project with another function. */
  CROSS_FUNCTIONAL_PROJECT,
  /** A certification to earn. */
  CERTIFICATION
}
