package dev.pillars.core;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Precondition checks that fail the way the {@linkplain PillarsException error rule} says: a
 * {@code null} with a {@link NullPointerException} whose message is the field's name, any other
 * value that breaks a rule with an {@link InvalidInputException} naming field, value and rule.
 *
 * <p>Pillars values call these from their check methods; custom strategies and host code may use
 * them too, to fail the same way. Each method returns its argument so that it can be used inline.
 */
public final class Checks {
  private static final Pattern ID = Pattern.compile("[\\p{Alnum}][\\p{Alnum}._:@/+\\-]{0,127}");

  private Checks() {}

  /**
   * Requires a non-null value, like {@link java.util.Objects#requireNonNull(Object, String)}.
   *
   * @param field the field or parameter name, which becomes the exception's message
   * @param value the value
   * @param <T> the value's type
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null, with {@code field} as its message
   */
  public static <T> T notNull(String field, @Nullable T value) {
    return requireNonNull(value, requireNonNull(field, "field"));
  }

  /**
   * Requires text with at least one non-whitespace character.
   *
   * @param field the field name
   * @param value the text
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null, with {@code field} as its message
   * @throws InvalidInputException if {@code value} is blank
   */
  public static String notBlank(String field, @Nullable String value) {
    if (notNull(field, value).isBlank()) {
      throw new InvalidInputException(field, value, "must not be blank");
    }
    return value;
  }

  /**
   * Requires a well-formed identifier: 1 to 128 characters, starting with a letter or digit,
   * followed by letters, digits or {@code . _ : @ / + -}.
   *
   * @param field the field name
   * @param value the identifier
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null, with {@code field} as its message
   * @throws InvalidInputException if {@code value} is not a well-formed identifier
   */
  public static String identifier(String field, @Nullable String value) {
    if (!ID.matcher(notNull(field, value)).matches()) {
      throw new InvalidInputException(
          field, value, "must be 1 to 128 letters, digits or ._:@/+- starting with a letter or digit");
    }
    return value;
  }

  /**
   * Requires a finite number (not NaN, not infinite).
   *
   * @param field the field name
   * @param value the number
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is NaN or infinite
   */
  public static double finite(String field, double value) {
    requireNonNull(field, "field");
    if (!Double.isFinite(value)) {
      throw new InvalidInputException(field, value, "must be a finite number");
    }
    return value;
  }

  /**
   * Requires a finite number greater than zero.
   *
   * @param field the field name
   * @param value the number
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is not finite or not greater than zero
   */
  public static double positive(String field, double value) {
    requireNonNull(field, "field");
    if (!Double.isFinite(value) || value <= 0) {
      throw new InvalidInputException(field, value, "must be positive and finite");
    }
    return value;
  }

  /**
   * Requires a finite number greater than or equal to zero.
   *
   * @param field the field name
   * @param value the number
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is not finite or negative
   */
  public static double nonNegative(String field, double value) {
    requireNonNull(field, "field");
    if (!Double.isFinite(value) || value < 0) {
      throw new InvalidInputException(field, value, "must be zero or positive and finite");
    }
    return value;
  }

  /**
   * Requires a finite number in a closed range.
   *
   * @param field the field name
   * @param value the number
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is not finite or outside {@code [min, max]}
   */
  public static double inRange(String field, double value, double min, double max) {
    requireNonNull(field, "field");
    if (!Double.isFinite(value) || value < min || value > max) {
      throw new InvalidInputException(field, value, "must be between " + min + " and " + max);
    }
    return value;
  }

  /**
   * Requires an int in a closed range.
   *
   * @param field the field name
   * @param value the number
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is outside {@code [min, max]}
   */
  public static int inRange(String field, int value, int min, int max) {
    requireNonNull(field, "field");
    if (value < min || value > max) {
      throw new InvalidInputException(field, value, "must be between " + min + " and " + max);
    }
    return value;
  }

  /**
   * Requires a condition that a value must meet, with the rule phrased by the caller.
   *
   * @param condition the condition that must hold
   * @param field the field name
   * @param value the value being checked
   * @param rule the rule, phrased as what the value must be
   * @throws InvalidInputException if {@code condition} is false
   */
  public static void require(boolean condition, String field, @Nullable Object value, String rule) {
    requireNonNull(field, "field");
    requireNonNull(rule, "rule");
    if (!condition) {
      throw new InvalidInputException(field, value, rule);
    }
  }
}
