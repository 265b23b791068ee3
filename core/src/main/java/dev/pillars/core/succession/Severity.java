package dev.pillars.core.succession;

/** How severe something is: the impact of losing a position's holder, or the risk of it. */
public enum Severity {
  /** Low. */
  LOW,
  /** Medium. */
  MEDIUM,
  /** High. */
  HIGH
}
