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
  VIEW_LEADERSHIP,
  /** Give feedback in one's own name (resource: the giver). */
  GIVE_FEEDBACK,
  /** Withdraw feedback one gave (resource: the giver). */
  WITHDRAW_FEEDBACK,
  /** Read the feedback one gave, anonymous feedback included (resource: the giver). */
  VIEW_GIVEN_FEEDBACK,
  /** Read feedback of visibility RECEIVER (resource: its receiver). */
  VIEW_RECEIVER_FEEDBACK,
  /** Read feedback of visibility RECEIVER_AND_MANAGER (resource: its receiver). */
  VIEW_MANAGERS_FEEDBACK,
  /** Read feedback of visibility PUBLIC (resource: its receiver). */
  VIEW_PUBLIC_FEEDBACK,
  /** Ask for feedback about a person (resource: the subject). */
  REQUEST_FEEDBACK,
  /** Answer or decline a feedback request one was asked (resource: the respondent). */
  ANSWER_FEEDBACK_REQUEST,
  /** Read a feedback request, its status per respondent and its reminders (resource: the subject). */
  VIEW_FEEDBACK_REQUEST,
  /** Open a 360 round about a person (resource: the subject). */
  OPEN_THREE_SIXTY,
  /** Answer a 360 round one rates in (resource: the rater). */
  RESPOND_THREE_SIXTY,
  /** Read a 360 round's aggregate results and who has answered (resource: the subject). */
  VIEW_THREE_SIXTY,
  /** Schedule a 1:1 and change it: agenda, notes, actions, held, carry-over (resource: the report). */
  MEET_ONE_ON_ONE,
  /** Read a 1:1 without the notes its reader did not write or share in (resource: the report). */
  VIEW_ONE_ON_ONE,
  /** Launch pulse surveys and record their results as KPI measurements (resource: the tenant). */
  RUN_SURVEY,
  /** Respond to a survey, always anonymously (resource: the respondent). */
  RESPOND_SURVEY,
  /** Read a survey's aggregate results (resource: the tenant). */
  VIEW_SURVEY_RESULTS,
  /** Read feedback and 1:1 cadence: a person's, a manager's reports' or the tenant's. */
  VIEW_CADENCE;
}
