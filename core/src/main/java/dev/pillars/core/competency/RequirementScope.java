package dev.pillars.core.competency;

/** What a required level applies to: everyone in a role, or everyone at a grade. */
public enum RequirementScope {
  /** Everyone whose role is the requirement's value, such as {@code "Plant manager"}. */
  ROLE,
  /** Everyone whose grade is the requirement's value, such as {@code "G7"}. */
  GRADE
}
