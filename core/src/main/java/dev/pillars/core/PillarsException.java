package dev.pillars.core;

import static java.util.Objects.requireNonNull;

/**
 * The root of every exception Pillars throws on purpose.
 *
 * <p>A host can catch this one type to handle all domain failures; the subclasses say which kind
 * of failure it was. Pillars never throws a checked exception.
 *
 * <p><b>The error rule.</b> Every public method and constructor of every Pillars module fails in
 * one of these ways, and no other, when its input is wrong:
 *
 * <ul>
 *   <li>a {@code null} where a value is required (an argument, or an element, key or value of a
 *       collection argument) throws a {@link NullPointerException} whose message names the
 *       parameter, such as {@code "title"} or {@code "inputs[2]"}, as the JDK and most libraries
 *       do: it is a programming error, not input to report to a user. Only parameters annotated
 *       {@code @Nullable} accept {@code null}.
 *   <li>a non-null value that breaks a rule throws an {@link InvalidInputException}, or one of its
 *       subclasses, naming the field, the value and the rule, such as {@code "weight was -1.0: must
 *       be positive and finite"}; {@link IllegalTransitionException} names the current and the
 *       requested state.
 *   <li>a builder asked to {@code build()} before every required attribute is set throws a {@link
 *       MissingAttributeException} (an {@link InvalidInputException}) listing what is missing; a
 *       builder attribute set a second time throws an {@link IllegalStateException} whose message
 *       names the attribute ({@code "Builder of Goal is strict, attribute is already set:
 *       title"}): builders are strict so that a value is never silently overwritten, and setting
 *       twice is a programming error.
 * </ul>
 *
 * <p>Whatever throws leaves all state as it was before the call. Failures that are not about the
 * input (a stale version, a store that cannot be reached) are other subclasses of this type. The
 * rule is checked over the whole public API of every published module by a test in the examples
 * module ({@code PublicApiSanityTest}, with Guava's {@code NullPointerTester}).
 */
public class PillarsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, for a developer to read
   */
  public PillarsException(String message) {
    super(requireNonNull(message, "message"));
  }

  /**
   * Creates an exception with a message and its cause.
   *
   * @param message what went wrong, for a developer to read
   * @param cause the underlying failure
   */
  public PillarsException(String message, Throwable cause) {
    super(requireNonNull(message, "message"), requireNonNull(cause, "cause"));
  }
}
