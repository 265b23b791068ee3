package dev.pillars.core;

/**
 * The root of every exception Pillars throws on purpose.
 *
 * <p>A host can catch this one type to handle all domain failures; the subclasses say which kind
 * of failure it was. Pillars never throws a checked exception.
 */
public class PillarsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, for a developer to read
   */
  public PillarsException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and its cause.
   *
   * @param message what went wrong, for a developer to read
   * @param cause the underlying failure
   */
  public PillarsException(String message, Throwable cause) {
    super(message, cause);
  }
}
