package dev.pillars.persistence.jdbc;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.TransactionStateException;
import dev.pillars.persistence.spi.UnitOfWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A unit of work of the JDBC store: one connection from the host's data source, with auto-commit
 * off, from {@code begin()} to commit or rollback, when the connection goes back with its
 * auto-commit restored.
 *
 * <p><b>Failed calls change nothing.</b> Every write runs behind a savepoint: if it fails (a stale
 * version, a taken id, an SQL error) the unit of work rolls back to the savepoint and stays usable,
 * as the SPI promises; PostgreSQL, which refuses every statement of a transaction after an error,
 * needs exactly that. Before the first write there is nothing to protect, so the first write skips
 * the savepoint and a failure rolls back the whole (read-only) transaction instead, which saves two
 * round trips in the common one-write unit of work.
 *
 * <p><b>Broken units of work.</b> If undoing a failed call fails too, or a read fails in the
 * database after the unit of work has written (PostgreSQL then refuses every further statement of
 * the transaction), the unit of work is broken: every further call and its commit fail with a
 * {@link PersistenceException} that keeps the first failure, and it can only roll back. A half-done
 * call is never committed.
 *
 * <p><b>Commit.</b> A unit of work that wrote raises its tenant's commit counter as its last
 * statement ({@link CommitCounter}), then numbers the outbox messages it appended with the new
 * count, and commits: the counter's row is locked only for that instant.
 *
 * <p>Not thread-safe, like the connection it holds: one thread at a time.
 */
final class JdbcUnitOfWork extends Session implements UnitOfWork, JdbcRepositoryAccess {
  private final Connection connection;
  private final boolean restoreAutoCommit;
  private final JdbcRepositories repositories;
  private final List<Cursor<?>> cursors = new ArrayList<>();
  private final List<SqlWork<?>> checksBeforeCommit = new ArrayList<>();
  private final List<NumberedWork> atCommit = new ArrayList<>();
  private long commitNumber;
  private @Nullable String ended;
  private boolean wrote;
  private @Nullable Throwable broken;
  private @Nullable ErasureGuard guard;
  private final AtomicInteger openOnThread;
  private @Nullable Integer restoreLockTimeout;
  private boolean bounded;

  private JdbcUnitOfWork(JdbcTenantStore store, Connection connection, boolean restoreAutoCommit) {
    super(store);
    this.connection = connection;
    this.restoreAutoCommit = restoreAutoCommit;
    this.repositories = new JdbcRepositories(this);
    this.openOnThread = store.jdbc().openOnThisThread();
    openOnThread.incrementAndGet();
  }

  /** Begins a unit of work on a new connection from the store's data source. */
  static JdbcUnitOfWork begin(JdbcTenantStore store) {
    Connection connection;
    try {
      connection = store.jdbc().connect();
    } catch (SQLException e) {
      throw Failures.storage("TenantStore.begin", store.tenant(), e);
    }
    try {
      boolean autoCommit = connection.getAutoCommit();
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      return new JdbcUnitOfWork(store, connection, autoCommit);
    } catch (SQLException | RuntimeException e) {
      try {
        connection.close();
      } catch (SQLException closing) {
        Failures.suppress(e, closing);
      }
      if (e instanceof SQLException) {
        throw Failures.storage("TenantStore.begin", store.tenant(), (SQLException) e);
      }
      throw (RuntimeException) e;
    }
  }

  @Override
  public JdbcRepositories repositories() {
    return repositories;
  }

  @Override
  public boolean isActive() {
    return ended == null;
  }

  private void requireActive(String operation) {
    if (ended != null) {
      throw new TransactionStateException(
          operation + " on tenant '" + tenant() + "' was called after its unit of work was " + ended
              + "; begin a new one");
    }
    if (broken != null) {
      throw new PersistenceException(
          operation + " on tenant '" + tenant() + "' was refused: an earlier failed call of this unit of"
              + " work could not be undone, so it can only roll back",
          broken);
    }
  }

  @Override
  <R> R read(String operation, SqlWork<R> work) {
    requireActive(operation);
    try {
      return work.run(connection);
    } catch (SQLException e) {
      PersistenceException failure = Failures.storage(operation, tenant(), e);
      readFailed(failure);
      throw failure;
    }
  }

  /**
   * After a read failed in the database: before any write, rolls back the (read-only) transaction,
   * which leaves the unit of work usable; after a write, PostgreSQL refuses every further statement
   * of the transaction, so the unit of work is broken and can only roll back.
   */
  private void readFailed(PersistenceException failure) {
    if (!wrote && cursors.isEmpty()) {
      undo(null, failure);
    } else {
      broken = failure;
    }
  }

  @Override
  <R> R readConsistent(String operation, SqlWork<R> work) {
    return read(operation, work);
  }

  @Override
  void beforeCommit(SqlWork<?> check) {
    checksBeforeCommit.add(check);
  }

  @Override
  void names(Collection<EmployeeId> employees) {
    if (!employees.isEmpty()) {
      guard().names(employees);
    }
  }

  @Override
  void erases(EmployeeId employee, EmployeeId pseudonym) {
    guard().erases(employee, pseudonym);
  }

  /** Returns the unit of work's erasure guard, created and set to run before the commit on first use. */
  private ErasureGuard guard() {
    if (guard == null) {
      ErasureGuard created = new ErasureGuard(this);
      beforeCommit(created::check);
      guard = created;
    }
    return guard;
  }

  @Override
  void atCommit(NumberedWork work) {
    atCommit.add(work);
  }

  @Override
  public OptionalLong commitNumber() {
    return commitNumber == 0 ? OptionalLong.empty() : OptionalLong.of(commitNumber);
  }

  @Override
  <R> R write(String operation, SqlWork<R> work) {
    requireActive(operation);
    Savepoint savepoint = null;
    try {
      boundLockWaitIfNested();
      if (wrote || !cursors.isEmpty()) {
        savepoint = connection.setSavepoint();
      }
      R result = work.run(connection);
      if (savepoint != null) {
        connection.releaseSavepoint(savepoint);
      }
      wrote = true;
      return result;
    } catch (SQLException e) {
      PersistenceException failure =
          bounded && Failures.isLockTimeout(e)
              ? new PersistenceException(
                  operation + " on tenant '" + tenant() + "' waited " + JdbcStore.NESTED_LOCK_WAIT_MILLIS
                      + " ms for a row another unit of work holds, while its thread holds more than one unit of"
                      + " work: a unit of work nested in another must not write what the other has written;"
                      + " nothing of the call was written",
                  e)
              : Failures.storage(operation, tenant(), e);
      undo(savepoint, failure);
      throw failure;
    } catch (RuntimeException | Error e) {
      undo(savepoint, e);
      throw e;
    }
  }

  /**
   * Bounds how long this unit of work's writes wait for locks, once its thread holds another unit
   * of work of the store: PostgreSQL's {@code lock_timeout} for this transaction, H2's {@code
   * LOCK_TIMEOUT} for this connection (restored when the unit of work ends).
   */
  private void boundLockWaitIfNested() throws SQLException {
    if (bounded || openOnThread.get() < 2) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
        try (ResultSet current = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
          current.next();
          restoreLockTimeout = current.getInt(1);
        }
        statement.execute("SET LOCK_TIMEOUT " + JdbcStore.NESTED_LOCK_WAIT_MILLIS);
      } else {
        statement.execute("SET LOCAL lock_timeout = " + JdbcStore.NESTED_LOCK_WAIT_MILLIS);
      }
    }
    bounded = true;
  }

  /**
   * Undoes a failed call: back to its savepoint, or the whole transaction if nothing was written.
   * If that fails too, the unit of work is broken: it refuses every further call and its commit,
   * so that a half-done call can never be committed.
   */
  private void undo(@Nullable Savepoint savepoint, Throwable failure) {
    try {
      if (savepoint != null) {
        connection.rollback(savepoint);
      } else if (!wrote) {
        connection.rollback();
      }
    } catch (SQLException e) {
      Failures.suppress(failure, e);
      broken = failure;
    }
  }

  @Override
  <T> Stream<T> stream(String operation, String sql, Binder binder, RowReader<T> reader) {
    requireActive(operation);
    PreparedStatement statement = null;
    try {
      statement = connection.prepareStatement(sql);
      statement.setFetchSize(jdbc().fetchSize());
      binder.bind(statement);
      ResultSet rows = statement.executeQuery();
      PreparedStatement s = statement;
      Cursor<?>[] self = new Cursor<?>[1];
      Cursor<T> cursor =
          new Cursor<>(
              operation,
              tenant(),
              rows,
              reader,
              failure -> broken = failure,
              () -> {
                cursors.remove(self[0]);
                SQLException failure = Closing.close(s, Closing.close(rows, null));
                if (failure != null) {
                  throw failure;
                }
              });
      self[0] = cursor;
      cursors.add(cursor);
      return cursor.stream();
    } catch (SQLException e) {
      PersistenceException failure = Failures.storage(operation, tenant(), e);
      SQLException closing = Closing.close(statement, null);
      if (closing != null) {
        Failures.suppress(failure, closing);
      }
      readFailed(failure);
      throw failure;
    }
  }

  @Override
  public void commit() {
    if (ended != null) {
      requireActive("UnitOfWork.commit");
    }
    PersistenceException failure = closeCursors("committed");
    if (failure == null && broken != null) {
      failure =
          new PersistenceException(
              "UnitOfWork.commit on tenant '" + tenant() + "' was refused: an earlier failed call could"
                  + " not be undone; the unit of work was rolled back",
              broken);
    }
    long number = 0;
    if (failure == null) {
      try {
        for (SqlWork<?> check : checksBeforeCommit) {
          check.run(connection);
        }
        if (wrote) {
          number = jdbc().commits.raise(connection, tenant());
          for (NumberedWork work : atCommit) {
            work.run(connection, number);
          }
        }
      } catch (SQLException e) {
        failure = Failures.storage("UnitOfWork.commit", tenant(), e);
      } catch (PersistenceException e) {
        failure = e;
      }
    }
    if (failure == null) {
      try {
        connection.commit();
        commitNumber = number;
        end("committed", null, true);
        return;
      } catch (SQLException e) {
        failure = Failures.storage("UnitOfWork.commit", tenant(), e);
      }
    }
    boolean clean = true;
    try {
      connection.rollback();
    } catch (SQLException e) {
      Failures.suppress(failure, e);
      clean = false;
    }
    end("rolled back after a failed commit", failure, clean);
    throw failure;
  }

  @Override
  public void rollback() {
    if (ended != null) {
      return;
    }
    PersistenceException failure = closeCursors("rolled back");
    boolean clean = true;
    try {
      connection.rollback();
    } catch (SQLException e) {
      clean = false;
      PersistenceException rollback = Failures.storage("UnitOfWork.rollback", tenant(), e);
      if (failure == null) {
        failure = rollback;
      } else {
        Failures.suppress(failure, rollback);
      }
    }
    end("rolled back", failure, clean);
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * Closes the streams the caller left open, which refuse to be read on from now on; returns the
   * first failure, if any.
   */
  private @Nullable PersistenceException closeCursors(String how) {
    PersistenceException failure = null;
    for (Cursor<?> cursor : List.copyOf(cursors)) {
      try {
        cursor.endWithUnitOfWork(how);
      } catch (PersistenceException e) {
        if (failure == null) {
          failure = e;
        } else {
          Failures.suppress(failure, e);
        }
      }
    }
    cursors.clear();
    return failure;
  }

  /**
   * Ends the unit of work and gives its connection back; failures are added to {@code failure}.
   * Auto-commit is restored only after a successful commit or rollback ({@code clean}): switching it
   * on with a transaction still open would commit that transaction. Otherwise the connection is
   * closed as it is, and the pool or the database rolls back what is open.
   */
  private void end(String how, @Nullable PersistenceException failure, boolean clean) {
    ended = how;
    openOnThread.decrementAndGet();
    SQLException closing = null;
    try {
      if (restoreLockTimeout != null && !connection.isClosed()) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET LOCK_TIMEOUT " + restoreLockTimeout);
        }
      }
      if (clean && restoreAutoCommit && !connection.isClosed()) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      closing = e;
    }
    closing = Closing.close(connection, closing);
    if (closing != null) {
      if (failure != null) {
        Failures.suppress(failure, closing);
      } else {
        throw Failures.storage("UnitOfWork.end", tenant(), closing);
      }
    }
  }

  @Override
  public String toString() {
    return tenant() + ", unit of work " + (ended == null ? "active" : ended);
  }
}
