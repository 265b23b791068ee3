package dev.pillars.persistence.jdbc;

import dev.pillars.core.TenantId;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.TransactionStateException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * An open result set read as a stream, one row at a time. Closing it (or reading its last row)
 * runs its release action once, which closes the result set and whatever backs it. A cursor closed
 * because its unit of work ended refuses to be read on with {@link TransactionStateException}:
 * ending quietly would hand the caller a truncated result.
 *
 * @param <T> what a row becomes
 */
final class Cursor<T> implements Spliterator<T> {
  /** Closes what backs a cursor. */
  @FunctionalInterface
  interface Release {
    void run() throws SQLException;
  }

  private final String operation;
  private final TenantId tenant;
  private final ResultSet rows;
  private final RowReader<T> reader;
  private final Consumer<PersistenceException> onFailure;
  private final Release release;
  private boolean closed;
  private @Nullable String endedWith;

  /**
   * @param onFailure told when fetching a row fails in the database, before the failure is thrown
   * @param release closes what backs the cursor
   */
  Cursor(
      String operation,
      TenantId tenant,
      ResultSet rows,
      RowReader<T> reader,
      Consumer<PersistenceException> onFailure,
      Release release) {
    this.operation = operation;
    this.tenant = tenant;
    this.rows = rows;
    this.reader = reader;
    this.onFailure = onFailure;
    this.release = release;
  }

  /** Returns the cursor as a sequential stream whose {@code close()} closes the cursor. */
  Stream<T> stream() {
    return StreamSupport.stream(this, false).onClose(this::close);
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    if (endedWith != null) {
      throw new TransactionStateException(
          "the stream of " + operation + " on tenant '" + tenant + "' was read after its unit of work was "
              + endedWith + "; read a stream before its unit of work commits or rolls back");
    }
    if (closed) {
      return false;
    }
    T next;
    try {
      if (!rows.next()) {
        close();
        return false;
      }
      next = reader.read(rows);
    } catch (SQLException e) {
      PersistenceException failure = Failures.storage(operation, tenant, e);
      onFailure.accept(failure);
      throw failure;
    }
    action.accept(next);
    return true;
  }

  /**
   * Closes the cursor because its unit of work ends, {@code how} (such as "committed"): reading it
   * on fails from now on.
   */
  void endWithUnitOfWork(String how) {
    endedWith = how;
    close();
  }

  /** Closes the cursor and releases what backs it; does nothing if it is closed already. */
  void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      release.run();
    } catch (SQLException e) {
      throw new PersistenceException(
          "closing the stream of " + operation + " on tenant '" + tenant + "' failed: " + e.getMessage(), e);
    }
  }

  @Override
  public @Nullable Spliterator<T> trySplit() {
    return null;
  }

  @Override
  public long estimateSize() {
    return Long.MAX_VALUE;
  }

  @Override
  public int characteristics() {
    return ORDERED | NONNULL;
  }
}
