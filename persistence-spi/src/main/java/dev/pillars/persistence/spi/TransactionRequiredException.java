package dev.pillars.persistence.spi;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.TenantId;

/**
 * A write was called outside a unit of work: through the repositories of a {@link TenantStore}
 * rather than those of a {@link UnitOfWork}. It changed nothing.
 *
 * <p>Every write needs a unit of work, so that it is committed all or nothing together with the
 * writes that belong with it: use {@link TenantStore#inTransaction} or {@link TenantStore#begin()}.
 */
public final class TransactionRequiredException extends PersistenceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a write outside a unit of work.
   *
   * @param tenant the tenant written to
   * @param operation the refused operation, such as {@code "GoalRepository.insert"}
   */
  public TransactionRequiredException(TenantId tenant, String operation) {
    super(
        requireNonNull(operation, "operation")
            + " on tenant '"
            + requireNonNull(tenant, "tenant")
            + "' was called outside a unit of work: every write needs one; use"
            + " TenantStore.inTransaction(...) or TenantStore.begin()");
  }
}
