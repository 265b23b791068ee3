package dev.pillars.core.succession;

/** How soon a candidate could take over a key position. */
public enum Readiness {
  /** Could take over now. */
  READY_NOW,
  /** Ready in one to two years. */
  ONE_TO_TWO_YEARS,
  /** Ready in three to five years. */
  THREE_TO_FIVE_YEARS
}
