package dev.pillars.core.org;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * Identifies an organisational unit (a company, division, plant, team) within a tenant.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record OrgUnitId(String value) implements Comparable<OrgUnitId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public OrgUnitId {
    Checks.identifier("orgUnitId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the identifier text
   * @return the id
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public static OrgUnitId of(String value) {
    return new OrgUnitId(value);
  }

  @Override
  public int compareTo(OrgUnitId other) {
    return value.compareTo(requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
