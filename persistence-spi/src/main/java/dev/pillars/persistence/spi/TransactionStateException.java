package dev.pillars.persistence.spi;

/**
 * A unit of work was used after it ended: a repository call through a committed or rolled-back
 * unit of work, or a second commit. Nothing was changed by the refused call.
 */
public final class TransactionStateException extends PersistenceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a unit of work used in the wrong state.
   *
   * @param message what was attempted and the state the unit of work was in
   */
  public TransactionStateException(String message) {
    super(message);
  }
}
