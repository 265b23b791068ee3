package dev.pillars.persistence.spi;

import dev.pillars.core.TenantId;

/**
 * A write named an aggregate that does not exist in the tenant: it was never inserted, it was
 * deleted, or it exists only in another tenant. The write changed nothing.
 */
public final class AggregateNotFoundException extends AggregateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an aggregate that does not exist.
   *
   * @param tenant the tenant it was looked up in
   * @param aggregateType the aggregate's type, such as {@code "Goal"}
   * @param aggregateId the id that was looked up, as text
   */
  public AggregateNotFoundException(TenantId tenant, String aggregateType, String aggregateId) {
    super(tenant, aggregateType, aggregateId, "does not exist");
  }
}
