package dev.pillars.persistence.spi;

import dev.pillars.core.PillarsException;

/**
 * The root of every exception a store throws on purpose.
 *
 * <p>Subclasses name the kind of failure: a stale version, an unknown or duplicate aggregate, a
 * write outside a unit of work, a finished unit of work used again. A store throws this type itself
 * for a failure of its underlying storage (a lost connection, a full disk), with the original
 * failure as its cause. Whatever throws it has left the stored data as it was before the call.
 */
public class PersistenceException extends PillarsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, for a developer to read
   */
  public PersistenceException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and its cause, such as the {@code SQLException} a JDBC
   * store caught.
   *
   * @param message what went wrong, for a developer to read
   * @param cause the underlying failure
   */
  public PersistenceException(String message, Throwable cause) {
    super(message, cause);
  }
}
