package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.PersonalDataRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Export and erasure of one employee's data in the JDBC store, over every table that names
 * employees (today: the goals they own). Erasure pseudonymises with one {@code UPDATE} per table,
 * which adds 1 to the version of every row it changes.
 */
final class JdbcPersonalData implements PersonalDataRepository {
  private final Session session;
  private final AggregateTable<?, Goal> goals;
  private final String ownedGoals;
  private final String namesGoalOwner;
  private final String eraseGoalOwner;

  JdbcPersonalData(Session session) {
    this.session = session;
    this.goals = session.jdbc().goals;
    String owner = " WHERE tenant = ? AND owner_kind = '" + GoalMapping.EMPLOYEE + "' AND owner_id = ?";
    this.ownedGoals = "SELECT " + goals.selectList + " FROM " + goals.name + owner;
    this.namesGoalOwner = "SELECT 1 FROM " + goals.name + owner + " LIMIT 1";
    this.eraseGoalOwner = "UPDATE " + goals.name + " SET owner_id = ?, version = version + 1" + owner;
  }

  @Override
  public PersonalDataExport export(EmployeeId employee) {
    Checks.notNull("employee", employee);
    List<Goal> owned =
        session.read(
            "PersonalDataRepository.export",
            connection -> {
              List<Goal> found = new ArrayList<>();
              try (PreparedStatement statement = connection.prepareStatement(ownedGoals)) {
                statement.setString(1, session.tenant().value());
                statement.setString(2, employee.value());
                try (ResultSet rows = statement.executeQuery()) {
                  while (rows.next()) {
                    found.add(goals.read(rows).value());
                  }
                }
              }
              return found;
            });
    owned.sort(Comparator.comparing(Goal::id));
    return PersonalDataExport.builder().employee(employee).addAllGoals(owned).build();
  }

  @Override
  public ErasureReport erase(EmployeeId employee, EmployeeId pseudonym) {
    Checks.notNull("employee", employee);
    Checks.notNull("pseudonym", pseudonym);
    Checks.require(
        !pseudonym.equals(employee), "pseudonym", pseudonym, "must differ from the erased employee");
    return session.write(
        "PersonalDataRepository.erase",
        connection -> {
          Checks.require(
              !names(connection, pseudonym),
              "pseudonym",
              pseudonym,
              "must not yet name anyone in tenant '" + session.tenant() + "'");
          int pseudonymised;
          try (PreparedStatement statement = connection.prepareStatement(eraseGoalOwner)) {
            statement.setString(1, pseudonym.value());
            statement.setString(2, session.tenant().value());
            statement.setString(3, employee.value());
            pseudonymised = statement.executeUpdate();
          }
          return new ErasureReport(pseudonym, pseudonymised, 0);
        });
  }

  private boolean names(Connection connection, EmployeeId employee) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(namesGoalOwner)) {
      statement.setString(1, session.tenant().value());
      statement.setString(2, employee.value());
      try (ResultSet row = statement.executeQuery()) {
        return row.next();
      }
    }
  }

  @Override
  public String toString() {
    return "PersonalDataRepository[" + session + "]";
  }
}
