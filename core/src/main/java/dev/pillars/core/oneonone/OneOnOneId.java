package dev.pillars.core.oneonone;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * Identifies a 1:1 conversation within a tenant.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record OneOnOneId(String value) implements Comparable<OneOnOneId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public OneOnOneId {
    Checks.identifier("oneOnOneId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the identifier text
   * @return the id
   */
  public static OneOnOneId of(String value) {
    return new OneOnOneId(value);
  }

  @Override
  public int compareTo(OneOnOneId other) {
    return value.compareTo(requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
