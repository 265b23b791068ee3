package dev.pillars.core;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Input broke a rule: a value out of range, a missing reference, an illegal transition.
 *
 * <p>The exception names the offending field, the rejected value and the rule it broke, so the
 * message alone is enough to fix the call: {@code "weight was -1.0: must be positive and finite"}.
 * Whatever threw it left all state as it was before the call.
 */
public class InvalidInputException extends PillarsException {
  private static final long serialVersionUID = 1L;

  /** The name of the rejected field or argument. */
  private final String field;
  /** The rejected value, as text. */
  private final String value;
  /** The rule the value broke. */
  private final String rule;

  /**
   * Creates an exception for a field whose value broke a rule.
   *
   * @param field the name of the field or parameter, such as {@code "weight"}
   * @param value the rejected value; {@code null} is rendered as {@code "null"}
   * @param rule the rule the value broke, phrased as what it must be, such as {@code "must be
   *     positive"}
   */
  public InvalidInputException(String field, @Nullable Object value, String rule) {
    super(requireNonNull(field, "field") + " was " + render(value) + ": " + requireNonNull(rule, "rule"));
    this.field = field;
    this.value = render(value);
    this.rule = rule;
  }

  /**
   * Creates an exception whose message a subclass phrases itself, for a rule that reads badly as
   * {@code "field was value: rule"}; the message must still name the field, the value and the rule.
   *
   * @param message the whole message
   * @param field the name of the field or parameter
   * @param value the rejected value; {@code null} is rendered as {@code "null"}
   * @param rule the rule the value broke
   */
  protected InvalidInputException(String message, String field, @Nullable Object value, String rule) {
    super(requireNonNull(message, "message"));
    this.field = requireNonNull(field, "field");
    this.value = render(value);
    this.rule = requireNonNull(rule, "rule");
  }

  /**
   * Returns the name of the field or parameter that held the rejected value.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rejected value as text.
   *
   * @return the rejected value, rendered with {@link String#valueOf(Object)}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the rule the value broke.
   *
   * @return the rule, phrased as what the value must be
   */
  public String rule() {
    return rule;
  }

  private static String render(@Nullable Object value) {
    if (value instanceof CharSequence) {
      return "'" + value + "'";
    }
    return String.valueOf(value);
  }
}
