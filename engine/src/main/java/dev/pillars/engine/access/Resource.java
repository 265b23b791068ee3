package dev.pillars.engine.access;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;

/**
 * What an engine call touches, described by whose data it is: one employee's, one unit's, or the
 * tenant's as a whole (KPI definitions, for example). The description names the thing itself for
 * denials, such as {@code "goal ana-inspection"}.
 */
public sealed interface Resource {
  /**
   * Returns what the resource is, for messages: {@code "goal ana-inspection"}.
   *
   * @return the description
   */
  String description();

  /**
   * Returns a resource that is an employee's data.
   *
   * @param description what it is, such as {@code "goal ana-inspection"}
   * @param employee whose data it is
   * @return the resource
   */
  static OfEmployee ofEmployee(String description, EmployeeId employee) {
    return new OfEmployee(description, employee);
  }

  /**
   * Returns a resource that is a unit's data.
   *
   * @param description what it is
   * @param unit whose data it is
   * @return the resource
   */
  static OfUnit ofUnit(String description, OrgUnitId unit) {
    return new OfUnit(description, unit);
  }

  /**
   * Returns a resource that belongs to the tenant as a whole.
   *
   * @param description what it is, such as {@code "KPI defect-rate"}
   * @return the resource
   */
  static OfTenant ofTenant(String description) {
    return new OfTenant(description);
  }

  /**
   * An employee's data.
   *
   * @param description what it is
   * @param employee whose data it is
   */
  record OfEmployee(String description, EmployeeId employee) implements Resource {
    /**
     * Creates the resource.
     *
     * @param description what it is
     * @param employee whose data it is
     */
    public OfEmployee {
      requireNonNull(description, "description");
      requireNonNull(employee, "employee");
      Checks.notBlank("description", description);
    }
  }

  /**
   * A unit's data.
   *
   * @param description what it is
   * @param unit whose data it is
   */
  record OfUnit(String description, OrgUnitId unit) implements Resource {
    /**
     * Creates the resource.
     *
     * @param description what it is
     * @param unit whose data it is
     */
    public OfUnit {
      requireNonNull(description, "description");
      requireNonNull(unit, "unit");
      Checks.notBlank("description", description);
    }
  }

  /**
   * The tenant's own data.
   *
   * @param description what it is
   */
  record OfTenant(String description) implements Resource {
    /**
     * Creates the resource.
     *
     * @param description what it is
     */
    public OfTenant {
      Checks.notBlank("description", requireNonNull(description, "description"));
    }
  }

  /**
   * Returns a resource that is a review: about one person, written by another (or the same), shared
   * with the person reviewed or not yet.
   *
   * @param description what it is, such as {@code "review 2026-h1:manager:ana"}
   * @param subject who is reviewed
   * @param author who wrote it
   * @param shared whether it is shared with the person reviewed
   * @return the resource
   */
  static OfReview ofReview(String description, EmployeeId subject, EmployeeId author, boolean shared) {
    return new OfReview(description, subject, author, shared);
  }

  /**
   * A review: the subject's data, written by its author.
   *
   * @param description what it is
   * @param subject who is reviewed
   * @param author who wrote it
   * @param shared whether it is shared with the person reviewed
   */
  record OfReview(String description, EmployeeId subject, EmployeeId author, boolean shared) implements Resource {
    /**
     * Creates the resource.
     *
     * @param description what it is
     * @param subject who is reviewed
     * @param author who wrote it
     * @param shared whether it is shared with the person reviewed
     */
    public OfReview {
      requireNonNull(description, "description");
      requireNonNull(subject, "subject");
      requireNonNull(author, "author");
      Checks.notBlank("description", description);
    }
  }

  /**
   * Returns a calibration session, with the calibrators who may see it.
   *
   * @param description what it is, such as {@code "calibration session 2026-h1-plant"}
   * @param calibrators the session's calibrators
   * @return the resource
   */
  static OfCalibrationSession ofCalibrationSession(String description, java.util.Set<EmployeeId> calibrators) {
    return new OfCalibrationSession(description, calibrators);
  }

  /**
   * A calibration session: its calibrators see it and its notes; others only by an HR grant, and
   * never its notes.
   *
   * @param description what it is
   * @param calibrators the session's calibrators
   */
  record OfCalibrationSession(String description, java.util.Set<EmployeeId> calibrators) implements Resource {
    /**
     * Creates the resource.
     *
     * @param description what it is
     * @param calibrators the session's calibrators
     */
    public OfCalibrationSession {
      requireNonNull(description, "description");
      requireNonNull(calibrators, "calibrators");
      Checks.notBlank("description", description);
      calibrators = java.util.Set.copyOf(calibrators);
    }
  }
}
