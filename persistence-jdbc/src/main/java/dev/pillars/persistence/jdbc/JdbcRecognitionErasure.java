package dev.pillars.persistence.jdbc;

import dev.pillars.core.org.EmployeeId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The recognition part of an erasure in the JDBC store, as {@link
 * dev.pillars.persistence.spi.RecognitionRepository} and {@link
 * dev.pillars.persistence.spi.PointsBudgetRepository} define it, in four set-based statements: the
 * recognitions the employee alone received are deleted, the pseudonym replaces them as giver and
 * among the receivers of the others, and as the giver of their budgets; each changed row gets a new
 * version.
 */
final class JdbcRecognitionErasure {
  private final String tenant;
  private final String removeAlone;
  private final String reGive;
  private final String reReceive;
  private final String reBudget;
  private final String named;

  JdbcRecognitionErasure(Session session) {
    this.tenant = session.tenant().value();
    String recognitions = session.jdbc().recognitions.name;
    String budgets = session.jdbc().pointsBudgets.name;
    this.removeAlone = "DELETE FROM " + recognitions + " WHERE tenant = ? AND receivers = ?";
    this.reGive = "UPDATE " + recognitions + " SET giver_id = ?, version = version + 1 WHERE tenant = ? AND giver_id = ?";
    this.reReceive =
        "UPDATE " + recognitions + " SET receivers = REPLACE(receivers, ?, ?), version = version + 1"
            + " WHERE tenant = ? AND receivers LIKE ? ESCAPE '!'";
    this.reBudget = "UPDATE " + budgets + " SET giver_id = ?, version = version + 1 WHERE tenant = ? AND giver_id = ?";
    this.named =
        "SELECT 1 FROM " + recognitions + " WHERE tenant = ? AND (giver_id = ? OR receivers LIKE ? ESCAPE '!')"
            + " UNION ALL SELECT 1 FROM " + budgets + " WHERE tenant = ? AND giver_id = ?";
  }

  /** Erases the employee from recognitions and budgets; returns {pseudonymised, removed}. */
  long[] erase(Connection connection, EmployeeId employee, EmployeeId pseudonym) throws SQLException {
    long removed;
    try (PreparedStatement statement = connection.prepareStatement(removeAlone)) {
      statement.setString(1, tenant);
      statement.setString(2, " " + employee.value() + " ");
      removed = statement.executeUpdate();
    }
    long pseudonymised = 0;
    for (String giverUpdate : new String[] {reGive, reBudget}) {
      try (PreparedStatement statement = connection.prepareStatement(giverUpdate)) {
        statement.setString(1, pseudonym.value());
        statement.setString(2, tenant);
        statement.setString(3, employee.value());
        pseudonymised += statement.executeUpdate();
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(reReceive)) {
      statement.setString(1, " " + employee.value() + " ");
      statement.setString(2, " " + pseudonym.value() + " ");
      statement.setString(3, tenant);
      statement.setString(4, RecognitionMapping.naming(employee));
      pseudonymised += statement.executeUpdate();
    }
    return new long[] {pseudonymised, removed};
  }

  /** Returns whether a recognition or a budget of the tenant names the id. */
  boolean names(Connection connection, EmployeeId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(named)) {
      statement.setString(1, tenant);
      statement.setString(2, id.value());
      statement.setString(3, RecognitionMapping.naming(id));
      statement.setString(4, tenant);
      statement.setString(5, id.value());
      try (ResultSet row = statement.executeQuery()) {
        return row.next();
      }
    }
  }
}
