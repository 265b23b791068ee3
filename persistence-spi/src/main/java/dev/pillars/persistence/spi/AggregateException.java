package dev.pillars.persistence.spi;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.TenantId;

/**
 * A write was refused because of the state of one stored aggregate, which the exception names:
 * its tenant, its type (such as {@code "Goal"}) and its id.
 *
 * <p>The refused write changed nothing. The subclasses say what was wrong.
 */
public abstract class AggregateException extends PersistenceException {
  private static final long serialVersionUID = 1L;

  // kept as text: the exception is Serializable and TenantId is not
  /** The tenant whose data was addressed. */
  private final String tenant;
  /** The kind of aggregate addressed. */
  private final String aggregateType;
  /** The id of the aggregate addressed, as text. */
  private final String aggregateId;

  AggregateException(TenantId tenant, String aggregateType, String aggregateId, String problem) {
    super(
        requireNonNull(aggregateType, "aggregateType")
            + " '"
            + requireNonNull(aggregateId, "aggregateId")
            + "' of tenant '"
            + requireNonNull(tenant, "tenant")
            + "' "
            + problem);
    this.tenant = tenant.value();
    this.aggregateType = aggregateType;
    this.aggregateId = aggregateId;
  }

  /**
   * Returns the tenant the aggregate belongs to.
   *
   * @return the tenant
   */
  public TenantId tenant() {
    return TenantId.of(tenant);
  }

  /**
   * Returns the aggregate's type, such as {@code "Goal"}.
   *
   * @return the type's name
   */
  public String aggregateType() {
    return aggregateType;
  }

  /**
   * Returns the aggregate's id as text.
   *
   * @return the id
   */
  public String aggregateId() {
    return aggregateId;
  }
}
