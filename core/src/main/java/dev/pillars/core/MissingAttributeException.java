package dev.pillars.core;

import static java.util.Objects.requireNonNull;

/**
 * A builder was asked to build a value before every required attribute was set.
 *
 * <p>Every Pillars builder throws it instead of a bare {@link IllegalStateException}, so a host
 * catching {@link InvalidInputException} handles incomplete input and invalid input alike. The
 * {@link #field()} lists the missing attributes.
 */
public class MissingAttributeException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the builder's description of what is missing.
   *
   * @param message the builder's message, which names the value type and the missing attributes
   */
  public MissingAttributeException(String message) {
    super(missingPart(requireNonNull(message, "message")), null, "must be set before build(); " + message);
  }

  private static String missingPart(String message) {
    int open = message.lastIndexOf('[');
    int close = message.lastIndexOf(']');
    return open >= 0 && close > open ? message.substring(open + 1, close) : "attributes";
  }
}
