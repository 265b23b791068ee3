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
