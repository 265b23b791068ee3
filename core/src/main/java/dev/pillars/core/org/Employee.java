package dev.pillars.core.org;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.value.PillarsStyle;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One employee of the organisation the host supplies: who they are, who manages them, where they
 * sit and since when.
 *
 * <p>An employee is an immutable value. Its own invariants hold for every instance: the display
 * name, role and grade are not blank, attribute keys and values are not blank, and nobody manages
 * themselves. Whether the manager and the unit exist, and whether the manager relation is free of
 * cycles, is checked by the {@link Organisation} that holds the employee.
 *
 * <p>{@link #attributes()} are host-defined (for example {@code gender}, {@code location}); Pillars
 * reads them only for fairness analytics and never interprets them otherwise.
 */
@Value.Immutable
@PillarsStyle
public abstract class Employee {
  Employee() {}

  /**
   * Returns the employee's id.
   *
   * @return the id
   */
  public abstract EmployeeId id();

  /**
   * Returns the name to show for the employee.
   *
   * @return the display name, not blank
   */
  public abstract String displayName();

  /**
   * Returns the employee's manager, if they have one. Someone without a manager is a root of the
   * management forest, such as the chief executive.
   *
   * @return the manager's id, never the employee's own
   */
  public abstract Optional<EmployeeId> manager();

  /**
   * Returns the organisational unit the employee belongs to.
   *
   * @return the unit's id
   */
  public abstract OrgUnitId unit();

  /**
   * Returns the employee's role, such as {@code "Line supervisor"}.
   *
   * @return the role, not blank
   */
  public abstract String role();

  /**
   * Returns the employee's grade or band in the host's job architecture, such as {@code "G7"}.
   *
   * @return the grade, not blank
   */
  public abstract String grade();

  /**
   * Returns the day the employee was hired.
   *
   * @return the hire date
   */
  public abstract LocalDate hireDate();

  /**
   * Returns host-defined attributes, used only for fairness analytics.
   *
   * @return the attributes, keys and values not blank; empty unless set
   */
  public abstract Map<String, String> attributes();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy of this employee with another manager.
   *
   * @param manager the new manager, or empty for none
   * @return the copy
   * @throws dev.pillars.core.InvalidInputException if {@code manager} is the employee itself
   */
  public Employee reportingTo(Optional<EmployeeId> manager) {
    return immutable().withManager(requireNonNull(manager, "manager"));
  }

  /**
   * Returns a copy of this employee in another unit.
   *
   * @param unit the new unit
   * @return the copy
   */
  public Employee inUnit(OrgUnitId unit) {
    return immutable().withUnit(unit);
  }

  /**
   * Returns the record that stands for this employee once their personal data is erased: the
   * pseudonym as id and display name, no attributes, and the organisational facts (manager, unit,
   * role, grade, hire date) kept, so that the organisation and its aggregates stay consistent.
   * Every store's erasure writes exactly this record.
   *
   * @param pseudonym the id that replaces the employee's
   * @return the bare record
   * @throws NullPointerException if {@code pseudonym} is null
   * @throws dev.pillars.core.InvalidInputException if {@code pseudonym} is the employee's manager
   */
  public Employee pseudonymised(EmployeeId pseudonym) {
    Checks.notNull("pseudonym", pseudonym);
    return builder()
        .id(pseudonym)
        .displayName(pseudonym.value())
        .manager(manager())
        .unit(unit())
        .role(role())
        .grade(grade())
        .hireDate(hireDate())
        .build();
  }

  private ImmutableEmployee immutable() {
    return (ImmutableEmployee) ImmutableEmployee.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.notBlank("displayName", displayName());
    Checks.notBlank("role", role());
    Checks.notBlank("grade", grade());
    manager().ifPresent(m ->
        Checks.require(!m.equals(id()), "manager", m, "must not be the employee " + id() + " itself"));
    attributes().forEach((key, value) -> {
      Checks.require(!key.isBlank(), "attributes", key, "must have keys that are not blank");
      Checks.wellFormed("attributes", key);
      Checks.notBlank("attributes[" + key + "]", value);
    });
  }

  /** Builds an {@link Employee}; each attribute may be set once. */
  public static final class Builder extends ImmutableEmployee.Builder {
    Builder() {}
  }
}
