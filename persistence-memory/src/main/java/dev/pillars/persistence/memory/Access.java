package dev.pillars.persistence.memory;

import dev.pillars.persistence.spi.TransactionRequiredException;
import dev.pillars.persistence.spi.TransactionStateException;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/** The checks every repository call of the in-memory store starts with. */
final class Access {
  private Access() {}

  /**
   * Checks a read: through a tenant store it always may; through a unit of work, only while the
   * unit of work is active.
   *
   * @return the unit of work, or null for a tenant store's repository
   */
  static @Nullable MemoryUnitOfWork reading(@Nullable MemoryUnitOfWork work, String operation) {
    if (work != null) {
      work.requireActive(operation);
    }
    return work;
  }

  /**
   * Checks a write: it needs an active unit of work.
   *
   * @return the unit of work
   */
  static MemoryUnitOfWork writing(MemoryTenantStore store, @Nullable MemoryUnitOfWork work, String operation) {
    if (work == null) {
      throw new TransactionRequiredException(store.tenant(), operation);
    }
    work.requireActive(operation);
    return work;
  }

  /**
   * Returns a stream of a unit of work's repository that refuses to be read once the unit of work
   * has ended, with {@link TransactionStateException}, instead of going on with data the unit of
   * work no longer stands for; a tenant store's streams are returned as they are.
   */
  static <T> Stream<T> guarded(@Nullable MemoryUnitOfWork work, String operation, Stream<T> stream) {
    if (work == null) {
      return stream;
    }
    return StreamSupport.stream(new Guarded<>(work, operation, stream.spliterator()), false).onClose(stream::close);
  }

  /** A spliterator that checks its unit of work before every element. */
  private static final class Guarded<T> implements Spliterator<T> {
    private final MemoryUnitOfWork work;
    private final String operation;
    private final Spliterator<T> source;

    Guarded(MemoryUnitOfWork work, String operation, Spliterator<T> source) {
      this.work = work;
      this.operation = operation;
      this.source = source;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      if (!work.isActive()) {
        throw new TransactionStateException(
            "the stream of "
                + operation
                + " on tenant '"
                + work.tenant()
                + "' was read after its unit of work ended; read a stream before its unit of work"
                + " commits or rolls back");
      }
      return source.tryAdvance(action);
    }

    @Override
    public @Nullable Spliterator<T> trySplit() {
      return null;
    }

    @Override
    public long estimateSize() {
      return source.estimateSize();
    }

    @Override
    public int characteristics() {
      return source.characteristics() & ~(SIZED | SUBSIZED);
    }
  }
}
