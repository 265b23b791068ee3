package dev.pillars.core.org;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * Identifies one of a company's declared values ("customer first", "safety") within a tenant; feedback and recognition are tied to values by it.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record CompanyValueId(String value) implements Comparable<CompanyValueId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public CompanyValueId {
    Checks.identifier("companyValueId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the identifier text
   * @return the id
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public static CompanyValueId of(String value) {
    return new CompanyValueId(value);
  }

  @Override
  public int compareTo(CompanyValueId other) {
    return value.compareTo(requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
