package dev.pillars.core.reward;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * Identifies an allocation run (a merit round or a bonus pool shared out) within a tenant.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record AllocationRunId(String value) implements Comparable<AllocationRunId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public AllocationRunId {
    Checks.identifier("allocationRunId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the identifier text
   * @return the id
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public static AllocationRunId of(String value) {
    return new AllocationRunId(value);
  }

  @Override
  public int compareTo(AllocationRunId other) {
    return value.compareTo(requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
