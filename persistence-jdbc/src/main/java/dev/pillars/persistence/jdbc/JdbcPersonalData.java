package dev.pillars.persistence.jdbc;

import dev.pillars.persistence.spi.internal.DevelopmentErasure;
import dev.pillars.persistence.spi.internal.PillarsExport;
import dev.pillars.core.Checks;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.internal.FeedbackErasure;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.PersonalDataRepository;
import dev.pillars.persistence.spi.internal.ReviewErasure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Export and erasure of one employee's data in the JDBC store, over every table that names
 * employees: their record, the records of the people they manage, the goals they own, the
 * check-ins on those goals, and the pending outbox messages about them or caused by them.
 *
 * <p>An export outside a unit of work reads the record, goals and check-ins in one REPEATABLE READ
 * transaction, so those parts agree; the pillars' parts follow, read by their repositories ({@link
 * PillarsExport}).
 * An erasure is a handful of set-based statements ({@code UPDATE ... WHERE owner_id = ?}), each
 * adding 1 to the version of every row it changes; before the unit of work commits, it marks the
 * employee as erased ({@link ErasureGuard}) and checks again that no data names the erased employee
 * and no comment is left on the goals now owned by the pseudonym, so that a unit of work committed
 * meanwhile cannot leave some behind unnoticed; one that commits later fails on the mark.
 */
final class JdbcPersonalData implements PersonalDataRepository {
  private static final String OWNED = " WHERE tenant = ? AND owner_kind = '" + GoalMapping.EMPLOYEE + "' AND owner_id = ?";

  private final Session session;
  private final JdbcOutbox outbox;
  private final AggregateTable<?, Goal> goals;
  private final AggregateTable<EmployeeId, Employee> employees;
  private final String ownedGoals;
  private final String checkInsOnOwnedGoals;
  private final String ownsGoal;
  private final String managesSomeone;
  private final String deleteRecord;
  private final String insertBare;
  private final String reassignReports;
  private final String redactCheckIns;
  private final String reownGoals;
  private final String commentOnOwnedGoals;
  private final JdbcRecognitionErasure recognitions;
  private final JdbcCalibrationSessionRepository calibrationSessions;

  JdbcPersonalData(Session session, JdbcOutbox outbox) {
    this.session = session;
    this.outbox = outbox;
    this.calibrationSessions = new JdbcCalibrationSessionRepository(session);
    JdbcStore jdbc = session.jdbc();
    this.goals = jdbc.goals;
    this.employees = jdbc.employees;
    String checkIns = jdbc.options().table("check_ins");
    this.ownedGoals = "SELECT " + goals.selectList + " FROM " + goals.name + OWNED;
    this.checkInsOnOwnedGoals =
        "SELECT at_second, at_nano, progress, confidence, comment, goal_id FROM " + checkIns
            + " WHERE tenant = ? AND goal_id IN (SELECT id FROM " + goals.name + OWNED + ")";
    this.ownsGoal = "SELECT 1 FROM " + goals.name + OWNED + " LIMIT 1";
    this.managesSomeone = "SELECT 1 FROM " + employees.name + " WHERE tenant = ? AND manager_id = ? LIMIT 1";
    this.deleteRecord = "DELETE FROM " + employees.name + " WHERE tenant = ? AND id = ?";
    this.insertBare = employees.insert;
    this.reassignReports =
        "UPDATE " + employees.name + " SET manager_id = ?, version = version + 1 WHERE tenant = ? AND manager_id = ?";
    this.redactCheckIns =
        "UPDATE " + checkIns + " SET comment = NULL WHERE tenant = ? AND comment IS NOT NULL AND goal_id IN"
            + " (SELECT id FROM " + goals.name + OWNED + ")";
    this.reownGoals = "UPDATE " + goals.name + " SET owner_id = ?, version = version + 1" + OWNED;
    this.commentOnOwnedGoals =
        "SELECT 1 FROM " + checkIns + " WHERE tenant = ? AND comment IS NOT NULL AND goal_id IN (SELECT id FROM "
            + goals.name + OWNED + ") LIMIT 1";
    this.recognitions = new JdbcRecognitionErasure(session);
  }

  @Override
  public PersonalDataExport export(EmployeeId employee) {
    Checks.notNull("employee", employee);
    PersonalDataExport.Builder export = PersonalDataExport.builder().employee(employee);
    session.readConsistent(
        "PersonalDataRepository.export",
        connection -> {
          record(connection, employee).ifPresent(export::record);
          List<Goal> owned = new ArrayList<>();
          try (PreparedStatement statement = connection.prepareStatement(ownedGoals)) {
            bindOwner(statement, 1, employee);
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                owned.add(goals.read(rows).value());
              }
            }
          }
          owned.sort(Comparator.comparing(Goal::id));
          export.addAllGoals(owned);
          List<CheckIn> checkIns = new ArrayList<>();
          try (PreparedStatement statement = connection.prepareStatement(checkInsOnOwnedGoals)) {
            statement.setString(1, session.tenant().value());
            bindOwner(statement, 2, employee);
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                checkIns.add(JdbcCheckInLog.read(GoalId.of(rows.getString(6)), rows));
              }
            }
          }
          checkIns.sort(Comparator.comparing(CheckIn::goalId).thenComparing(CheckIn::at));
          export.addAllCheckIns(checkIns);
          return Boolean.TRUE;
        });
    PillarsExport.addTo(export, session instanceof Repositories work ? work : session.store, employee);
    return export.build();
  }

  @Override
  public ErasureReport erase(EmployeeId employee, EmployeeId pseudonym) {
    Checks.notNull("employee", employee);
    Checks.notNull("pseudonym", pseudonym);
    Checks.require(
        !pseudonym.equals(employee), "pseudonym", pseudonym, "must differ from the erased employee");
    ErasureReport report =
        session.write(
            "PersonalDataRepository.erase",
            connection -> {
              Checks.require(
                  !namesAnyone(connection, pseudonym),
                  "pseudonym",
                  pseudonym,
                  "must not yet name anyone in tenant '" + session.tenant() + "'");
              long pseudonymised = 0;
              Optional<Employee> record = record(connection, employee);
              if (record.isPresent()) {
                try (PreparedStatement statement = connection.prepareStatement(deleteRecord)) {
                  statement.setString(1, session.tenant().value());
                  statement.setString(2, employee.value());
                  statement.executeUpdate();
                }
                try (PreparedStatement statement = connection.prepareStatement(insertBare)) {
                  statement.setString(1, session.tenant().value());
                  statement.setString(2, pseudonym.value());
                  EmployeeMapping.INSTANCE.bind(statement, 3, record.get().pseudonymised(pseudonym));
                  statement.executeUpdate();
                }
                pseudonymised++;
              }
              try (PreparedStatement statement = connection.prepareStatement(reassignReports)) {
                statement.setString(1, pseudonym.value());
                statement.setString(2, session.tenant().value());
                statement.setString(3, employee.value());
                pseudonymised += statement.executeUpdate();
              }
              long redacted;
              try (PreparedStatement statement = connection.prepareStatement(redactCheckIns)) {
                statement.setString(1, session.tenant().value());
                bindOwner(statement, 2, employee);
                redacted = statement.executeUpdate();
              }
              try (PreparedStatement statement = connection.prepareStatement(reownGoals)) {
                statement.setString(1, pseudonym.value());
                bindOwner(statement, 2, employee);
                pseudonymised += statement.executeUpdate();
              }
              pseudonymised += JdbcRewardRepositories.erase(connection, session, employee, pseudonym);
              long removed = outbox.erase(connection, employee);
              long[] recognised = recognitions.erase(connection, employee, pseudonym);
              pseudonymised += recognised[0];
              removed += recognised[1];
              return new ErasureReport(pseudonym, pseudonymised, removed, redacted);
            });
    long[] reviewCounts = ReviewErasure.erase(
        new JdbcReviewCycleRepository(session), new JdbcReviewRepository(session), employee, pseudonym);
    report = new ErasureReport(
        pseudonym, report.pseudonymised() + reviewCounts[0], report.removed(), report.redacted() + reviewCounts[1]);
    ErasureReport calibration = calibrationSessions.pseudonymise(employee, pseudonym);
    report = new ErasureReport(pseudonym, report.pseudonymised() + calibration.pseudonymised(), report.removed(),
        report.redacted() + calibration.redacted());
    if (session instanceof Repositories work) {
      ErasureReport development = DevelopmentErasure.erase(work, employee, pseudonym);
      report = new ErasureReport(
          pseudonym,
          report.pseudonymised() + development.pseudonymised(),
          report.removed() + development.removed(),
          report.redacted());
    }
    if (session instanceof Repositories work) {
      FeedbackErasure.Counts feedback = FeedbackErasure.erase(work, employee, pseudonym);
      report = new ErasureReport(
          pseudonym, report.pseudonymised() + feedback.pseudonymised(), report.removed() + feedback.removed(), report.redacted());
    }
    if (!report.nothingFound()) {
      session.erases(employee, pseudonym);
    }
    session.beforeCommit(
        connection -> {
          if (namesAnyone(connection, employee) || hasComments(connection, pseudonym)
              || outbox.namesAnyone(connection, employee)
              || JdbcFeedbackRepositories.namesAnyone(connection, session.jdbc().feedbackTables, session.tenant().value(), employee)
              || JdbcPillarsErasureCheck.namesAnyone(connection, session, employee)) {
            throw new PersistenceException(
                "an erasure in tenant '" + session.tenant() + "' conflicted with a unit of work committed"
                    + " meanwhile that wrote data naming the erased employee; nothing was committed; run the"
                    + " erasure again");
          }
          return Boolean.TRUE;
        });
    return report;
  }

  private void bindOwner(PreparedStatement statement, int first, EmployeeId employee) throws SQLException {
    statement.setString(first, session.tenant().value());
    statement.setString(first + 1, employee.value());
  }

  private Optional<Employee> record(Connection connection, EmployeeId employee) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(employees.find)) {
      statement.setString(1, session.tenant().value());
      statement.setString(2, employee.value());
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(employees.read(row).value()) : Optional.empty();
      }
    }
  }

  /**
   * Returns whether a check-in on a goal the pseudonym owns has a comment: one appended by a unit of
   * work committed after the erasure redacted the comments.
   */
  private boolean hasComments(Connection connection, EmployeeId pseudonym) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(commentOnOwnedGoals)) {
      statement.setString(1, session.tenant().value());
      bindOwner(statement, 2, pseudonym);
      try (ResultSet row = statement.executeQuery()) {
        return row.next();
      }
    }
  }

  /** Returns whether any of the tenant's data names the id as an employee, manager, goal owner, or in a recognition or budget. */
  private boolean namesAnyone(Connection connection, EmployeeId id) throws SQLException {
    if (record(connection, id).isPresent()) {
      return true;
    }
    for (String query : new String[] {managesSomeone, ownsGoal}) {
      try (PreparedStatement statement = connection.prepareStatement(query)) {
        bindOwner(statement, 1, id);
        try (ResultSet row = statement.executeQuery()) {
          if (row.next()) {
            return true;
          }
        }
      }
    }
    return recognitions.names(connection, id);
  }

  @Override
  public String toString() {
    return "PersonalDataRepository[" + session + "]";
  }
}
