package dev.pillars.persistence.jdbc;

import dev.pillars.core.TenantId;
import dev.pillars.persistence.spi.PersistenceException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * An open result set read as a stream, one row at a time. Closing it (or reading its last row)
 * runs its release action once, which closes the result set and whatever backs it.
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
