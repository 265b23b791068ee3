package dev.pillars.core.goal;

/** Where a goal sits in the cascade, from the whole organisation down to one person. */
public enum GoalLevel {
  /** An organisation objective: the top of the cascade. */
  ORGANISATION,
  /** A goal of an organisational unit: a division, plant or team. */
  UNIT,
  /** A goal of one employee. */
  INDIVIDUAL
}
