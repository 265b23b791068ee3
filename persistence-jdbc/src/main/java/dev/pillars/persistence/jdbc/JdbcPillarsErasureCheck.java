package dev.pillars.persistence.jdbc;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.internal.NamedEmployees;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The part of an erasure's last check ({@link JdbcPersonalData}) that covers the pillars' tables
 * whose rows name employees inside their bodies: reviews and cycles, calibration sessions,
 * allocation runs, and the development pillar's assessments, plans, coaching sessions and
 * succession plans. A unit of work that wrote such a row naming the erased employee and committed
 * between the erasure's writes and its commit makes the erasure fail. Erasure is rare, so the check
 * reads these tables of the tenant whole and asks {@link NamedEmployees}.
 */
final class JdbcPillarsErasureCheck {
  private JdbcPillarsErasureCheck() {}

  /** Returns whether a row of the pillars' tables names the employee. */
  static boolean namesAnyone(Connection connection, Session session, EmployeeId employee) throws SQLException {
    JdbcStore jdbc = session.jdbc();
    for (AggregateTable<?, ?> table : List.<AggregateTable<?, ?>>of(jdbc.reviewCycles, jdbc.reviews,
        jdbc.calibrationSessions, jdbc.allocationRuns, jdbc.assessments, jdbc.developmentPlans,
        jdbc.coachingSessions, jdbc.successionPlans)) {
      if (names(connection, session, table, employee)) {
        return true;
      }
    }
    return false;
  }

  private static boolean names(Connection connection, Session session, AggregateTable<?, ?> table, EmployeeId employee)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(table.all)) {
      statement.setString(1, session.tenant().value());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          if (NamedEmployees.of(table.read(rows).value()).contains(employee)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
