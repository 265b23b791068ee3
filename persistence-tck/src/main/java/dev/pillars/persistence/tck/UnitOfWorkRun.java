package dev.pillars.persistence.tck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import java.util.function.BiConsumer;

/**
 * Runs one generated unit of work of the log and alignment contracts' model-based properties,
 * ending it in one of the ways {@link End} names.
 */
final class UnitOfWorkRun {
  private UnitOfWorkRun() {}

  /** How a unit of work ends, or {@code OUTSIDE} for writes tried without one. */
  enum End {
    COMMIT,
    ROLLBACK,
    THROW,
    OUTSIDE
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
        tenant.runInTransaction(work -> ops.accept(work, true));
        return true;
      case ROLLBACK:
        try (UnitOfWork work = tenant.begin()) {
          ops.accept(work, true);
          work.rollback();
        }
        return false;
      case THROW:
        assertThatThrownBy(
                () -> tenant.runInTransaction(
                    work -> {
                      ops.accept(work, true);
                      throw new IllegalStateException("abandoned");
                    }))
            .as(where)
            .hasMessage("abandoned");
        return false;
      default:
        throw new AssertionError(end);
    }
  }
}
