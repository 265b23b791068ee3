package dev.pillars.core.assessment;

/** Who assessed a person: the person themselves, their manager, or another assessor. */
public enum AssessorRole {
  /** The person assessed themselves. */
  SELF,
  /** The person's manager assessed them. */
  MANAGER,
  /** Someone else assessed them: a trained assessor, an assessment centre, a review. */
  ASSESSOR
}
