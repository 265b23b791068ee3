package dev.pillars.core.feedback;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * Identifies a 360 round within a tenant.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record ThreeSixtyRoundId(String value) implements Comparable<ThreeSixtyRoundId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public ThreeSixtyRoundId {
    Checks.identifier("threeSixtyRoundId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the identifier text
   * @return the id
   */
  public static ThreeSixtyRoundId of(String value) {
    return new ThreeSixtyRoundId(value);
  }

  @Override
  public int compareTo(ThreeSixtyRoundId other) {
    return value.compareTo(requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
