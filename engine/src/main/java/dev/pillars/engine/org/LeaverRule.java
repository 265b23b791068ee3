package dev.pillars.engine.org;

/**
 * What happens to the open (draft or active) goals of an employee who leaves the organisation.
 * Closed goals (achieved, missed, cancelled) are history and stay as they are under every rule.
 */
public enum LeaverRule {
  /** Open goals stay as they are, owned by the leaver, for HR to handle. */
  KEEP,
  /** Open goals are cancelled. */
  CANCEL,
  /**
   * Open goals pass to the leaver's nearest manager who is still in the organisation; where there
   * is none, they are cancelled.
   */
  TRANSFER_TO_MANAGER
}
