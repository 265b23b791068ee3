package dev.pillars.core.reward;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * Identifies a bonus plan within a tenant.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record BonusPlanId(String value) implements Comparable<BonusPlanId> {
  /**
   * Creates an id.
   *
   * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public BonusPlanId {
    Checks.identifier("bonusPlanId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the identifier text
   * @return the id
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not a well-formed identifier
   */
  public static BonusPlanId of(String value) {
    return new BonusPlanId(value);
  }

  @Override
  public int compareTo(BonusPlanId other) {
    return value.compareTo(requireNonNull(other, "other").value);
  }

  @Override
  public String toString() {
    return value;
  }
}
