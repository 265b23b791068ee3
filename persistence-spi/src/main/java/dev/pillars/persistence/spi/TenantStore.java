package dev.pillars.persistence.spi;

import dev.pillars.core.Checks;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The data of one tenant: repositories that read committed data, and units of work that write.
 *
 * <p>Its {@linkplain Repositories repositories} read committed data and refuse every write with
 * {@link TransactionRequiredException}; writes go through a {@link UnitOfWork}, begun explicitly
 * with {@link #begin()} or run around a function with {@link #inTransaction(Function)}.
 *
 * <p><b>Duties of an implementation.</b> A tenant store is thread-safe: any number of threads may
 * read and begin units of work at once. It sees and touches only its own tenant's data.
 */
public interface TenantStore extends Repositories {

  /**
   * Begins a unit of work on this tenant's data.
   *
   * <p>The caller must end it with {@link UnitOfWork#commit()} or {@link UnitOfWork#rollback()};
   * use try-with-resources, which rolls back what was not committed. Units of work are independent
   * of each other and of the thread that began them.
   *
   * <p>Thread safety: safe from any thread; the unit of work it returns is used by one thread at
   * a time.
   *
   * @return a new, active unit of work
   * @throws PersistenceException if the underlying storage cannot begin a transaction
   */
  UnitOfWork begin();

  /**
   * Returns how many units of work that wrote to this tenant have committed: the tenant's
   * high-water mark.
   *
   * <p>Every committed unit of work that wrote raises it by exactly one, in commit order: the
   * numbers are consecutive, start at 1, and are never reused, and {@link
   * UnitOfWork#commitNumber()} tells a unit of work which one it got. A rolled-back unit of work,
   * a failed commit and a unit of work that called no write that succeeded leave it as it is (a
   * unit of work whose writes succeeded but changed nothing, such as marking unknown outbox ids,
   * may or may not count, depending on the store). A tenant never written has 0.
   *
   * <p><b>Use.</b> Something that caches a tenant's data (the engine keeps each tenant's scores)
   * reads this number before it loads, and compares it again before it answers: if it grew,
   * another writer (perhaps another engine over the same database) committed meanwhile and the
   * cache is reloaded or caught up. The value read is at least the number of every commit whose
   * writes the caller can already see, so a cache loaded after reading {@code n} holds at least
   * the commits up to {@code n}.
   *
   * <p><b>Duties of an implementation.</b> Read the current committed value (never a cached one);
   * raise it atomically with the commit it counts, so that no reader sees the number without the
   * data (a store may show the data a moment before the number, never after). A database store
   * keeps it in a row per tenant that the commit updates as its last statement, which makes the
   * commits that write to one tenant take turns for that instant.
   *
   * <p>Thread safety: safe from any thread.
   *
   * @return the number of committed writing units of work; 0 for a tenant never written
   * @throws PersistenceException if the underlying storage fails
   */
  long commits();

  /**
   * Runs a function in a new unit of work and commits it if the function returns normally.
   *
   * <p>If the function throws, the unit of work is rolled back and the exception propagates as it
   * was. If the commit fails (see {@link UnitOfWork#commit()}), nothing is committed and the
   * commit's exception propagates. The function must not end the unit of work itself. No retry is
   * attempted: a caller that expects conflicts catches {@link StaleVersionException} and runs the
   * function again.
   *
   * <p>Thread safety: safe from any thread; the function runs on the calling thread.
   *
   * @param work what to do, given the unit of work
   * @param <R> the function's result type
   * @return what the function returned
   * @throws NullPointerException if {@code work} is null
   * @throws PersistenceException if beginning or committing fails, or as thrown by {@code work}
   */
  default <R extends @Nullable Object> R inTransaction(Function<? super UnitOfWork, ? extends R> work) {
    Checks.notNull("work", work);
    try (UnitOfWork unitOfWork = begin()) {
      R result = work.apply(unitOfWork);
      unitOfWork.commit();
      return result;
    }
  }

  /**
   * Runs an action in a new unit of work and commits it if the action returns normally, as {@link
   * #inTransaction(Function)} does.
   *
   * @param work what to do, given the unit of work
   * @throws NullPointerException if {@code work} is null
   * @throws PersistenceException if beginning or committing fails, or as thrown by {@code work}
   */
  default void runInTransaction(Consumer<? super UnitOfWork> work) {
    Checks.notNull("work", work);
    inTransaction(
        unitOfWork -> {
          work.accept(unitOfWork);
          return Boolean.TRUE;
        });
  }
}
