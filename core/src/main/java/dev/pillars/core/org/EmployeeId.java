package dev.pillars.core.org;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * Identifies an employee within a tenant.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record EmployeeId(String value) implements Comparable<EmployeeId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public EmployeeId {
    Checks.identifier("employeeId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the identifier text
   * @return the id
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public static EmployeeId of(String value) {
    return new EmployeeId(value);
  }

  @Override
  public int compareTo(EmployeeId other) {
    return value.compareTo(requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
