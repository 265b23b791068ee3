package dev.pillars.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import java.util.function.BiConsumer;

/**
 * Runs one generated unit of work of the kit's model-based properties, ending it in one of the ways
 * {@link End} names: the one way every contract ends its units of work.
 */
final class UnitOfWorkRun {
  private UnitOfWorkRun() {}

  /** Every way a unit of work can end, and {@code OUTSIDE} for writes tried without one. */
  enum End {
    /** {@link TenantStore#begin()}, then {@link UnitOfWork#commit()}. */
    COMMIT,
    /** {@link TenantStore#runInTransaction}, which commits when the action returns. */
    IN_TRANSACTION,
    /** {@link TenantStore#begin()}, then {@link UnitOfWork#rollback()}. */
    ROLLBACK,
    /** {@link TenantStore#begin()}, then closed without commit or rollback. */
    CLOSE,
    /** {@link TenantStore#runInTransaction} whose action throws. */
    THROW,
    /** No unit of work: the operations run on the tenant store itself. */
    OUTSIDE;

    /**
     * Picks an end from a number from 0 to 9: half of them commit, the rest end in each other way.
     *
     * @param n a number from 0 to 9
     * @return the end it stands for
     */
    static End of(int n) {
      return values()[Math.max(0, n - 4)];
    }
  }

  /** Thrown by a generated unit of work that ends by throwing. */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super("the unit of work ends by throwing", null, false, false);
    }
  }

  /**
   * Runs a unit of work's operations on a tenant and ends it as {@code end} says.
   *
   * @param tenant the tenant
   * @param end how the unit of work ends
   * @param ops runs the operations on the repositories it is given; the flag tells whether they
   *     are a unit of work's ({@code false} for {@link End#OUTSIDE})
   * @param where what the assertion messages name
   * @return whether the operations' writes were committed
   */
  static boolean run(TenantStore tenant, End end, BiConsumer<Repositories, Boolean> ops, String where) {
    switch (end) {
      case OUTSIDE:
        ops.accept(tenant, false);
        return false;
      case COMMIT:
        try (UnitOfWork work = tenant.begin()) {
          ops.accept(work, true);
          work.commit();
          assertThat(work.isActive()).as(where).isFalse();
        }
        return true;
      case IN_TRANSACTION:
        tenant.runInTransaction(work -> ops.accept(work, true));
        return true;
      case ROLLBACK:
        try (UnitOfWork work = tenant.begin()) {
          ops.accept(work, true);
          work.rollback();
          assertThat(work.isActive()).as(where).isFalse();
        }
        return false;
      case CLOSE:
        UnitOfWork closed;
        try (UnitOfWork work = tenant.begin()) {
          closed = work;
          ops.accept(work, true);
        }
        assertThat(closed.isActive()).as(where).isFalse();
        return false;
      case THROW:
        assertThatThrownBy(
                () -> tenant.runInTransaction(
                    work -> {
                      ops.accept(work, true);
                      throw new Abort();
                    }))
            .as(where)
            .isInstanceOf(Abort.class);
        return false;
      default:
        throw new AssertionError(end);
    }
  }
}
