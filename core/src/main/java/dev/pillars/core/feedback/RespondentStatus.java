package dev.pillars.core.feedback;

/** Where one respondent of a feedback request stands. */
public enum RespondentStatus {
  /** Asked, not answered yet. */
  PENDING,
  /** Answered. */
  ANSWERED,
  /** Declined to answer. */
  DECLINED
}
