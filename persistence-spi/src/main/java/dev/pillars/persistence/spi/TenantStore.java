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
