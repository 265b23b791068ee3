package dev.pillars.persistence.spi;

import dev.pillars.core.Checks;

/**
 * A stored aggregate together with its version.
 *
 * <p>A store returns aggregates wrapped in this value; a caller that changes one passes {@link
 * #version()} back as the expected version of its write. Versions start at 1 when an aggregate is
 * inserted and grow by exactly 1 with every successful update.
 *
 * @param value the aggregate
 * @param version its version, at least 1
 * @param <T> the aggregate's type
 */
public record Versioned<T>(T value, long version) {
  /**
   * Creates a versioned aggregate.
   *
   * @param value the aggregate
   * @param version its version, at least 1
   * @throws NullPointerException if {@code value} is null
   * @throws dev.pillars.core.InvalidInputException if {@code version} is below 1
   */
  public Versioned {
    Checks.notNull("value", value);
    Checks.require(version >= 1, "version", version, "must be at least 1");
  }

  /**
   * Returns a versioned aggregate.
   *
   * @param value the aggregate
   * @param version its version, at least 1
   * @param <T> the aggregate's type
   * @return the versioned aggregate
   * @throws NullPointerException if {@code value} is null
   * @throws dev.pillars.core.InvalidInputException if {@code version} is below 1
   */
  public static <T> Versioned<T> of(T value, long version) {
    return new Versioned<>(value, version);
  }
}
