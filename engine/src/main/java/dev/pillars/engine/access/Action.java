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
  /** Open a calibration session over a cycle's proposed ratings. */
  OPEN_CALIBRATION,
  /** Read a calibration session, its distribution, rater effects, suggested moves and 9-box. */
  VIEW_CALIBRATION,
  /** Read a calibration session's notes, which only its calibrators may. */
  VIEW_CALIBRATION_NOTES,
  /** Adjust a rating, add a note or close a calibration session. */
  CALIBRATE;
}
