package dev.pillars.persistence.jdbc;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.TransactionRequiredException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads of committed data, outside any unit of work: each call borrows a connection from the
 * host's data source and gives it back before it returns (a stream, when it is closed). Writes are
 * refused.
 */
final class CommittedSession extends Session {
  CommittedSession(JdbcTenantStore store) {
    super(store);
  }

  @Override
  <R> R read(String operation, SqlWork<R> work) {
    try (Connection connection = jdbc().connect()) {
      R result = work.run(connection);
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      return result;
    } catch (SQLException e) {
      throw Failures.storage(operation, tenant(), e);
    }
  }

  @Override
  <R> R readConsistent(String operation, SqlWork<R> work) {
    try (Connection connection = jdbc().connect()) {
      boolean autoCommit = connection.getAutoCommit();
      int isolation = connection.getTransactionIsolation();
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      R result;
      try {
        result = work.run(connection);
      } finally {
        connection.rollback();
      }
      connection.setTransactionIsolation(isolation);
      if (autoCommit) {
        connection.setAutoCommit(true);
      }
      return result;
    } catch (SQLException e) {
      throw Failures.storage(operation, tenant(), e);
    }
  }

  @Override
  void beforeCommit(SqlWork<?> check) {}

  @Override
  void names(Collection<EmployeeId> employees) {}

  @Override
  void erases(EmployeeId employee, EmployeeId pseudonym) {}

  @Override
  void atCommit(NumberedWork work) {}

  @Override
  <R> R write(String operation, SqlWork<R> work) {
    throw new TransactionRequiredException(tenant(), operation);
  }

  /**
   * Holds a connection for as long as the stream is open, with auto-commit off for the stream's
   * life (PostgreSQL fetches through a cursor only inside a transaction); closing the stream ends
   * that read-only transaction, restores auto-commit and gives the connection back.
   */
  @Override
  <T> Stream<T> stream(String operation, String sql, Binder binder, RowReader<T> reader) {
    Connection connection = null;
    PreparedStatement statement = null;
    ResultSet rows = null;
    boolean autoCommit = false;
    try {
      connection = jdbc().connect();
      autoCommit = connection.getAutoCommit();
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      statement = connection.prepareStatement(sql);
      statement.setFetchSize(jdbc().fetchSize());
      binder.bind(statement);
      rows = statement.executeQuery();
      Connection c = connection;
      PreparedStatement s = statement;
      ResultSet r = rows;
      boolean restore = autoCommit;
      return new Cursor<>(operation, tenant(), rows, reader, failure -> {}, () -> release(c, s, r, restore))
          .stream();
    } catch (SQLException | RuntimeException | Error e) {
      if (connection != null) {
        try {
          release(connection, statement, rows, autoCommit);
        } catch (SQLException | RuntimeException closing) {
          Failures.suppress(e, closing);
        }
      }
      if (e instanceof SQLException) {
        throw Failures.storage(operation, tenant(), (SQLException) e);
      }
      if (e instanceof RuntimeException) {
        throw (RuntimeException) e;
      }
      throw (Error) e;
    }
  }

  private static void release(
      Connection connection, @Nullable PreparedStatement statement, @Nullable ResultSet rows, boolean restoreAutoCommit)
      throws SQLException {
    SQLException failure = Closing.close(rows, null);
    failure = Closing.close(statement, failure);
    try {
      if (!connection.isClosed()) {
        connection.rollback();
        if (restoreAutoCommit) {
          connection.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      failure = Closing.add(failure, e);
    }
    failure = Closing.close(connection, failure);
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public String toString() {
    return tenant() + ", committed";
  }
}
