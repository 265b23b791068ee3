package dev.pillars.persistence.spi;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.TenantId;

/**
 * A delete named an aggregate that other stored data still refers to, such as a goal that
 * alignment links still join to other goals. The delete changed nothing: remove the references
 * first (for links, with {@link AlignmentLinkRepository#remove}).
 *
 * <p>A JDBC store typically maps a foreign-key violation of a delete to this exception.
 */
public final class AggregateInUseException extends AggregateException {
  private static final long serialVersionUID = 1L;

  /** What still refers to the aggregate. */
  private final String referencedBy;

  /**
   * Creates an exception for an aggregate that is still referred to.
   *
   * @param tenant the tenant
   * @param aggregateType the aggregate's type, such as {@code "Goal"}
   * @param aggregateId the aggregate's id, as text
   * @param referencedBy what still refers to it, such as {@code "AlignmentLink g-2 -> g-1"}
   */
  public AggregateInUseException(
      TenantId tenant, String aggregateType, String aggregateId, String referencedBy) {
    super(
        tenant,
        aggregateType,
        aggregateId,
        "is still referred to by "
            + requireNonNull(referencedBy, "referencedBy")
            + "; remove those references first");
    this.referencedBy = referencedBy;
  }

  /**
   * Returns what still refers to the aggregate.
   *
   * @return a description such as {@code "AlignmentLink g-2 -> g-1"}
   */
  public String referencedBy() {
    return referencedBy;
  }
}
