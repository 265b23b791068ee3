package dev.pillars.persistence.jdbc;

import dev.pillars.core.TenantId;
import dev.pillars.core.org.EmployeeId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * Where a repository's statements run: on committed data through connections borrowed per call (a
 * tenant store), or on the one connection of a unit of work. Repositories are written once against
 * this class and work in both places.
 */
abstract class Session {
  final JdbcTenantStore store;

  Session(JdbcTenantStore store) {
    this.store = store;
  }

  /**
   * Returns the tenant the session's statements are scoped to.
   *
   * @return the tenant
   */
  public TenantId tenant() {
    return store.tenant();
  }

  final JdbcStore jdbc() {
    return store.jdbc();
  }

  /**
   * Runs a read and returns its result.
   *
   * @throws dev.pillars.persistence.spi.TransactionStateException if the unit of work has ended
   * @throws dev.pillars.persistence.spi.PersistenceException if the database fails
   */
  abstract <R> R read(String operation, SqlWork<R> work);

  /**
   * Runs a query whose one parameter is the tenant and returns the number in the first column of
   * its first row ({@code SELECT COUNT(*) ... WHERE tenant = ?}), or 0 if it returns no row.
   */
  final long readNumber(String operation, String sql) {
    return read(operation, connection -> number(connection, sql, tenant()));
  }

  /** Runs, on a connection, the query {@link #readNumber} runs. */
  static long number(Connection connection, String sql, TenantId tenant) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, tenant.value());
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? row.getLong(1) : 0;
      }
    }
  }

  /**
   * Runs a read of several statements that must see one consistent state: outside a unit of work
   * in one REPEATABLE READ transaction; inside one, on its connection, like {@link #read}.
   */
  abstract <R> R readConsistent(String operation, SqlWork<R> work);

  /**
   * Has the unit of work run a check just before it commits; if the check throws, nothing is
   * committed and the commit throws that. Outside a unit of work there is nothing to commit, and
   * nothing happens.
   */
  abstract void beforeCommit(SqlWork<?> check);

  /**
   * Notes employees that data the unit of work wrote names: its commit fails if one of them was
   * erased ({@link ErasureGuard}). Outside a unit of work nothing is written, and nothing happens.
   */
  abstract void names(Collection<EmployeeId> employees);

  /**
   * Notes an erasure of the unit of work, which marks the employee as erased just before it
   * commits ({@link ErasureGuard}).
   */
  abstract void erases(EmployeeId employee, EmployeeId pseudonym);

  /**
   * Has the unit of work run some work at commit, after it has raised the tenant's commit counter
   * and before the database commits, given the commit's number; if it throws, nothing is
   * committed. Outside a unit of work there is nothing to commit, and nothing happens.
   */
  abstract void atCommit(NumberedWork work);

  /**
   * Runs a write, all or nothing: if the work throws, whatever it did is undone and the exception
   * propagates (an {@link java.sql.SQLException} as a {@link
   * dev.pillars.persistence.spi.PersistenceException}).
   *
   * @throws dev.pillars.persistence.spi.TransactionRequiredException outside a unit of work
   * @throws dev.pillars.persistence.spi.TransactionStateException if the unit of work has ended
   */
  abstract <R> R write(String operation, SqlWork<R> work);

  /**
   * Runs a query and streams its rows through a database cursor that fetches {@link
   * JdbcStore#fetchSize()} rows at a time. The stream must be closed.
   */
  abstract <T> Stream<T> stream(String operation, String sql, Binder binder, RowReader<T> reader);
}
