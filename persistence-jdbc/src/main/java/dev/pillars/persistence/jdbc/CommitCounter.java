package dev.pillars.persistence.jdbc;

import dev.pillars.core.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * The tenants' commit counters: one row per tenant in {@code tenant_commits}, created by the
 * tenant's first writing commit and raised by each one after it.
 *
 * <p>A unit of work raises its tenant's row as the last thing before it commits, which locks the
 * row until the commit ends: commits that wrote to one tenant take turns for that instant, and get
 * their numbers in the order they commit. The first commit of a tenant inserts the row behind a
 * savepoint; if a concurrent first commit inserted it meanwhile (the key refuses the second), it
 * goes back to the savepoint and raises that row instead, which is race-safe on PostgreSQL and H2
 * alike.
 */
final class CommitCounter {
  private final String read;
  private final String raise;
  private final String first;

  CommitCounter(SchemaOptions options) {
    String table = options.table("tenant_commits");
    this.read = "SELECT commits FROM " + table + " WHERE tenant = ?";
    this.raise = "UPDATE " + table + " SET commits = commits + 1 WHERE tenant = ?";
    this.first = "INSERT INTO " + table + " (tenant, commits) VALUES (?, 1)";
  }

  /** Returns the tenant's committed count as the connection sees it; 0 if it has no row. */
  long read(Connection connection, TenantId tenant) throws SQLException {
    return Session.number(connection, read, tenant);
  }

  /**
   * Raises the tenant's count by one in the connection's transaction, and returns the new count:
   * the number of the commit that follows.
   */
  long raise(Connection connection, TenantId tenant) throws SQLException {
    if (update(connection, tenant) == 0) {
      Savepoint savepoint = connection.setSavepoint();
      try (PreparedStatement statement = connection.prepareStatement(first)) {
        statement.setString(1, tenant.value());
        statement.executeUpdate();
        connection.releaseSavepoint(savepoint);
        return 1;
      } catch (SQLException e) {
        if (!Failures.isUniqueViolation(e)) {
          throw e;
        }
        connection.rollback(savepoint);
        if (update(connection, tenant) != 1) {
          throw e;
        }
      }
    }
    return read(connection, tenant);
  }

  private int update(Connection connection, TenantId tenant) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(raise)) {
      statement.setString(1, tenant.value());
      return statement.executeUpdate();
    }
  }
}
