package dev.pillars.core.competency;

import dev.pillars.core.Checks;

/**
 * A required proficiency level of one competency for a role or a grade.
 *
 * @param scope whether {@code value} is a role or a grade
 * @param value the role or grade, as {@link dev.pillars.core.org.Employee#role()} or {@link
 *     dev.pillars.core.org.Employee#grade()} names it
 * @param competency the competency
 * @param level the required level, from 1
 */
public record Requirement(RequirementScope scope, String value, CompetencyId competency, int level) {
  /**
   * Creates a requirement.
   *
   * @param scope role or grade
   * @param value the role or grade, not blank
   * @param competency the competency
   * @param level the required level, from 1
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if {@code value} is blank or {@code level} below 1
   */
  public Requirement {
    Checks.notNull("scope", scope);
    Checks.notNull("value", value);
    Checks.notNull("competency", competency);
    Checks.notBlank("value", value);
    Checks.require(level >= 1, "level", level, "must be 1 or more");
  }

  /**
   * Returns a requirement for a role.
   *
   * @param role the role
   * @param competency the competency
   * @param level the required level
   * @return the requirement
   */
  public static Requirement forRole(String role, CompetencyId competency, int level) {
    return new Requirement(RequirementScope.ROLE, role, competency, level);
  }

  /**
   * Returns a requirement for a grade.
   *
   * @param grade the grade
   * @param competency the competency
   * @param level the required level
   * @return the requirement
   */
  public static Requirement forGrade(String grade, CompetencyId competency, int level) {
    return new Requirement(RequirementScope.GRADE, grade, competency, level);
  }

  /** Whether this requirement applies to someone with this role and grade. */
  boolean appliesTo(String role, String grade) {
    return value.equals(scope == RequirementScope.ROLE ? role : grade);
  }
}
