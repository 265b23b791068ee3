package dev.pillars.engine.access;

/**
 * What an engine call does to a {@link Resource}. The {@link AccessPolicy} decides per action; the
 * standard policy groups them into reading, acting on one's goals, and administering the tenant.
 */
public enum Action {
  /** Read a goal, its check-ins and its alignment. */
  VIEW_GOAL,
  /** Create a goal, change its status, weight or milestones. */
  EDIT_GOAL,
  /** Record a check-in on a goal. */
  CHECK_IN,
  /** Align a goal to a parent goal, or remove such a link. */
  ALIGN_GOAL,
  /** Read a goal's score and its receipt. */
  VIEW_SCORE,
  /** Read KPI definitions and measurements. */
  VIEW_KPI,
  /** Define a KPI. */
  DEFINE_KPI,
  /** Record or correct a KPI measurement. */
  RECORD_MEASUREMENT,
  /** Read the organisation snapshot or synchronise it with the host's. */
  MANAGE_ORGANISATION,
  /** Export everything the tenant holds about one person (the right of access). */
  EXPORT_PERSONAL_DATA,
  /** Erase one person's personal data (the right to be forgotten). */
  ERASE_PERSONAL_DATA,
  /** Give a recognition in one's own name, spending points from one's budget (resource: the giver). */
  GIVE_RECOGNITION,
  /** Withdraw a recognition one gave, refunding its points (resource: the giver). */
  WITHDRAW_RECOGNITION,
  /** Read a recognition of visibility PUBLIC (resource: its giver or a receiver). */
  VIEW_PUBLIC_RECOGNITION,
  /** Read a recognition of visibility MANAGERS (resource: its giver or a receiver). */
  VIEW_MANAGERS_RECOGNITION,
  /** Read a recognition of visibility PRIVATE (resource: its giver or a receiver). */
  VIEW_PRIVATE_RECOGNITION,
  /** Read a giver's points budget (resource: the giver). */
  VIEW_POINTS_BUDGET,
  /** Allot a points budget to a giver (resource: the giver). */
  ALLOT_POINTS_BUDGET,
  /** Read the recognition reach of a unit or of the whole tenant. */
  VIEW_RECOGNITION_REACH,
  /** Read a review, its history and its score. */
  VIEW_REVIEW,
  /** Write a review's draft and submit it. */
  WRITE_REVIEW,
  /** Amend a submitted review, with a reason. */
  AMEND_REVIEW,
  /** Acknowledge a review shared with one. */
  ACKNOWLEDGE_REVIEW,
  /** Define review templates, create cycles, enrol people, assign reviews, move phases, read status. */
  MANAGE_REVIEW_CYCLE,
  /** Read one person's pay data: their award and its receipt in a merit round or bonus pool. */
  VIEW_PAY,
  /** Define merit matrices and bonus plans, share budgets out, compare scenarios, read whole runs. */
  MANAGE_COMPENSATION,
  /** Open a calibration session over a cycle's proposed ratings. */
  OPEN_CALIBRATION,
  /** Read a calibration session, its distribution, rater effects, suggested moves and 9-box. */
  VIEW_CALIBRATION,
  /** Read a calibration session's notes, which only its calibrators may. */
  VIEW_CALIBRATION_NOTES,
  /** Adjust a rating, add a note or close a calibration session. */
  CALIBRATE,
  /** Read the tenant's competency models. */
  VIEW_COMPETENCY_MODEL,
  /** Publish or revise a competency model. */
  DEFINE_COMPETENCY_MODEL,
  /** Read a person's assessments, gaps, development plans and coaching sessions, or a unit's gaps. */
  VIEW_DEVELOPMENT,
  /** Record a competency assessment of a person. */
  ASSESS_COMPETENCY,
  /** Create or change a person's development plan. */
  PLAN_DEVELOPMENT,
  /** Record a coaching session with a person and its follow-up. */
  COACH,
  /** Read a key position's succession plan. */
  VIEW_SUCCESSION,
  /** Create or change a key position's succession plan. */
  MANAGE_SUCCESSION,
  /** Read the leadership development view across the tenant. */
  VIEW_LEADERSHIP;
}
