package dev.pillars.persistence.spi;

import dev.pillars.core.TenantId;

/**
 * An insert named an id that an aggregate of the same type already has in the tenant. The insert
 * changed nothing; to change the existing aggregate, update it with its version.
 */
public final class DuplicateAggregateException extends AggregateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an id that is already taken.
   *
   * @param tenant the tenant
   * @param aggregateType the aggregate's type, such as {@code "Goal"}
   * @param aggregateId the id that is taken, as text
   */
  public DuplicateAggregateException(TenantId tenant, String aggregateType, String aggregateId) {
    super(tenant, aggregateType, aggregateId, "already exists; update it with its version instead");
  }
}
