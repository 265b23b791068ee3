package dev.pillars.persistence.spi;

import dev.pillars.core.TenantId;

/**
 * A write named a version of an aggregate that is no longer the stored one: someone else changed
 * it since it was read. The write changed nothing.
 *
 * <p>The usual remedy is to read the aggregate again, re-apply the change and retry. The message
 * names the aggregate and both versions: {@code "Goal 'g-1' of tenant 'acme' is at version 7, not
 * the expected version 5: it changed since it was read; read it again and retry"}.
 */
public final class StaleVersionException extends AggregateException {
  private static final long serialVersionUID = 1L;

  /** The version the caller expected. */
  private final long expectedVersion;
  /** The version the store holds. */
  private final long actualVersion;

  /**
   * Creates an exception for a write that expected another version than the stored one.
   *
   * @param tenant the aggregate's tenant
   * @param aggregateType the aggregate's type, such as {@code "Goal"}
   * @param aggregateId the aggregate's id as text
   * @param expectedVersion the version the write expected
   * @param actualVersion the version that is stored
   */
  public StaleVersionException(
      TenantId tenant, String aggregateType, String aggregateId, long expectedVersion, long actualVersion) {
    super(
        tenant,
        aggregateType,
        aggregateId,
        "is at version "
            + actualVersion
            + ", not the expected version "
            + expectedVersion
            + ": it changed since it was read; read it again and retry");
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * Returns the version the refused write expected.
   *
   * @return the expected version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * Returns the version stored when the write was refused.
   *
   * @return the stored version
   */
  public long actualVersion() {
    return actualVersion;
  }
}
