package dev.pillars.core.coaching;

/** Who coaches: the person's manager, a mentor inside the organisation, or an external coach. */
public enum CoachRole {
  /** The person's manager. */
  MANAGER,
  /** A mentor from within the organisation. */
  MENTOR,
  /** A coach from outside the organisation, who need not be an employee. */
  EXTERNAL
}
