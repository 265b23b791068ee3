package dev.pillars.core.reward;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * Identifies a merit matrix within a tenant.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record MeritMatrixId(String value) implements Comparable<MeritMatrixId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public MeritMatrixId {
    Checks.identifier("meritMatrixId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the identifier text
   * @return the id
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public static MeritMatrixId of(String value) {
    return new MeritMatrixId(value);
  }

  @Override
  public int compareTo(MeritMatrixId other) {
    return value.compareTo(requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
