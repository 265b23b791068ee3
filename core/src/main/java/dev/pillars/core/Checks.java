package dev.pillars.core;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
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
  /** How many characters of a rejected text a message shows. */
  private static final int SHOWN_CHARS = 64;

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
   * Requires text with at least one non-whitespace character, that is {@linkplain #wellFormed
   * well-formed}.
   *
   * <p>Every text field of the domain (titles, names, descriptions, comments, attribute values)
   * passes through here, which makes this the one place where text enters the domain.
   *
   * @param field the field name
   * @param value the text
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null, with {@code field} as its message
   * @throws InvalidInputException if {@code value} is blank, or holds an unpaired surrogate
   */
  public static String notBlank(String field, @Nullable String value) {
    if (notNull(field, value).isBlank()) {
      throw new InvalidInputException(field, value, "must not be blank");
    }
    return wellFormed(field, value);
  }

  /**
   * Requires well-formed UTF-16 text: every high surrogate followed by a low one, and every low
   * surrogate preceded by a high one.
   *
   * <p>Decided rule: a lone surrogate (such as U+D800 with no low surrogate after it) encodes no
   * character, so no UTF-8 store can keep it (PostgreSQL turns it into {@code ?}); Pillars refuses
   * it where text enters the domain instead of letting a store change it. Characters outside the
   * Basic Multilingual Plane, written as surrogate pairs, are accepted and kept exactly. The
   * message shows the start of the text with its surrogates escaped, and the position of the first
   * unpaired one.
   *
   * @param field the field name
   * @param value the text
   * @return {@code value}
   * @throws NullPointerException if {@code field} or {@code value} is null
   * @throws InvalidInputException if {@code value} holds an unpaired surrogate
   */
  public static String wellFormed(String field, String value) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InvalidInputException(
            field,
            escaped(value),
            String.format(
                "must be well-formed UTF-16 text without unpaired surrogates (U+%04X stands alone at index %d)",
                (int) c, i));
      }
    }
    return value;
  }

  /** Returns the start of the text with every surrogate written as an escape, for a message. */
  private static String escaped(String value) {
    StringBuilder shown = new StringBuilder();
    int end = Math.min(value.length(), SHOWN_CHARS);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        shown.append(String.format("\\u%04X", (int) c));
      } else {
        shown.append(c);
      }
    }
    return end < value.length() ? shown + "... (" + value.length() + " chars)" : shown.toString();
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
   * Returns the number with negative zero as positive zero, and every other number as it is.
   *
   * <p>Decided rule: the domain keeps one zero. {@code -0.0} and {@code 0.0} are equal as numbers
   * but not as values ({@link Double#equals}, records and Immutables tell them apart), and not
   * every store keeps the sign (H2 stores {@code 0.0} for both), so a stored value would no
   * longer equal the written one. The number checks below ({@link #finite}, {@link #inRange
   * inRange}, {@link #nonNegative}) return their argument through this method, and every value a
   * store keeps ({@code CheckIn}, {@code Measurement}, {@code GoalMeasure}, {@code KpiTarget}, {@code
   * Band}) keeps what they return, so {@code -0.0} never reaches a store. Weights must be positive,
   * so they cannot be zero at all.
   *
   * @param value the number
   * @return {@code 0.0} if {@code value} is {@code -0.0}, else {@code value}
   */
  public static double positiveZero(double value) {
    return value == 0 ? 0.0 : value;
  }

  /**
   * Requires a finite number (not NaN, not infinite).
   *
   * @param field the field name
   * @param value the number
   * @return {@code value}, with {@code -0.0} as {@code 0.0} (see {@link #positiveZero})
   * @throws InvalidInputException if {@code value} is NaN or infinite
   */
  public static double finite(String field, double value) {
    requireNonNull(field, "field");
    if (!Double.isFinite(value)) {
      throw new InvalidInputException(field, value, "must be a finite number");
    }
    return positiveZero(value);
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
   * @return {@code value}, with {@code -0.0} as {@code 0.0} (see {@link #positiveZero})
   * @throws InvalidInputException if {@code value} is not finite or negative
   */
  public static double nonNegative(String field, double value) {
    requireNonNull(field, "field");
    if (!Double.isFinite(value) || value < 0) {
      throw new InvalidInputException(field, value, "must be zero or positive and finite");
    }
    return positiveZero(value);
  }

  /**
   * Requires a finite number in a closed range.
   *
   * @param field the field name
   * @param value the number
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return {@code value}, with {@code -0.0} as {@code 0.0} (see {@link #positiveZero})
   * @throws InvalidInputException if {@code value} is not finite or outside {@code [min, max]}
   */
  public static double inRange(String field, double value, double min, double max) {
    requireNonNull(field, "field");
    if (!Double.isFinite(value) || value < min || value > max) {
      throw new InvalidInputException(field, value, "must be between " + min + " and " + max);
    }
    return positiveZero(value);
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
