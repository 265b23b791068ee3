package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.CheckInHistory;
import dev.pillars.core.goal.GoalId;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.CheckInLog;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The check-in log of one tenant in the JDBC store: one row per check-in, keyed by goal and
 * instant. The database refuses a check-in on a goal that does not exist (a foreign key, which
 * also deletes a goal's check-ins with it) and a second one at the same instant (the key).
 */
final class JdbcCheckInLog implements CheckInLog {
  private static final int ROWS_PER_QUERY = 200;

  private final Session session;
  private final String table;
  private final String goals;
  private final String insert;
  private final String byGoal;
  private final String latest;
  private final String count;

  JdbcCheckInLog(Session session) {
    this.session = session;
    JdbcStore jdbc = session.jdbc();
    this.table = jdbc.options().table("check_ins");
    this.goals = jdbc.goals.name;
    String columns = "at_second, at_nano, progress, confidence, comment";
    String ofGoal = " FROM " + table + " WHERE tenant = ? AND goal_id = ?";
    this.insert = "INSERT INTO " + table + " (tenant, goal_id, " + columns + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    this.byGoal = "SELECT " + columns + ofGoal + " ORDER BY at_second, at_nano";
    this.latest = "SELECT " + columns + ofGoal + " ORDER BY at_second DESC, at_nano DESC LIMIT 1";
    this.count = "SELECT COUNT(*)" + ofGoal;
  }

  @Override
  public void append(CheckIn checkIn) {
    Checks.notNull("checkIn", checkIn);
    session.write(
        "CheckInLog.append",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(insert)) {
            bind(statement, checkIn);
            statement.executeUpdate();
          } catch (SQLException e) {
            if (Failures.isForeignKeyViolation(e)) {
              throw missingGoal(checkIn.goalId(), e);
            }
            if (Failures.isUniqueViolation(e)) {
              throw duplicate(checkIn, e);
            }
            throw e;
          }
          return Boolean.TRUE;
        });
  }

  @Override
  public long appendAll(Iterator<CheckIn> checkIns, int batchSize) {
    Checks.notNull("checkIns", checkIns);
    Checks.require(batchSize >= 1, "batchSize", batchSize, "must be at least 1");
    return session.write(
        "CheckInLog.appendAll",
        connection ->
            Batches.insertAll(
                connection, insert, checkIns, batchSize, "checkIns", this::bind, checkIn -> {}, this::diagnose));
  }

  private void bind(PreparedStatement statement, CheckIn checkIn) throws SQLException {
    statement.setString(1, session.tenant().value());
    statement.setString(2, checkIn.goalId().value());
    Columns.setInstant(statement, 3, checkIn.at());
    statement.setDouble(5, checkIn.progress());
    statement.setDouble(6, checkIn.confidence());
    statement.setString(7, checkIn.comment().orElse(null));
  }

  /** Finds the first check-in of a refused batch on a missing goal or at a taken instant. */
  private RuntimeException diagnose(Connection connection, List<CheckIn> batch, SQLException failure)
      throws SQLException {
    Set<String> existing = existingGoals(connection, batch);
    Set<String> taken = takenIdentities(connection, batch);
    Set<String> seen = new HashSet<>();
    for (CheckIn checkIn : batch) {
      if (!existing.contains(checkIn.goalId().value())) {
        return missingGoal(checkIn.goalId(), failure);
      }
      String identity = identity(checkIn);
      if (taken.contains(identity) || !seen.add(identity)) {
        return duplicate(checkIn, failure);
      }
    }
    return Failures.storage("CheckInLog.appendAll", session.tenant(), failure);
  }

  private Set<String> existingGoals(Connection connection, List<CheckIn> batch) throws SQLException {
    List<String> ids = new ArrayList<>(new HashSet<>(batch.stream().map(c -> c.goalId().value()).toList()));
    Set<String> existing = new HashSet<>();
    for (int from = 0; from < ids.size(); from += ROWS_PER_QUERY) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_QUERY));
      String sql =
          "SELECT id FROM " + goals + " WHERE tenant = ? AND id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, session.tenant().value());
        for (int i = 0; i < chunk.size(); i++) {
          statement.setString(i + 2, chunk.get(i));
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            existing.add(rows.getString(1));
          }
        }
      }
    }
    return existing;
  }

  private Set<String> takenIdentities(Connection connection, List<CheckIn> batch) throws SQLException {
    Set<String> taken = new HashSet<>();
    for (int from = 0; from < batch.size(); from += ROWS_PER_QUERY) {
      List<CheckIn> chunk = batch.subList(from, Math.min(batch.size(), from + ROWS_PER_QUERY));
      String sql =
          "SELECT goal_id, at_second, at_nano FROM " + table + " WHERE tenant = ? AND ("
              + String.join(" OR ", Collections.nCopies(chunk.size(), "goal_id = ? AND at_second = ? AND at_nano = ?"))
              + ")";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, session.tenant().value());
        int p = 2;
        for (CheckIn checkIn : chunk) {
          statement.setString(p++, checkIn.goalId().value());
          Columns.setInstant(statement, p, checkIn.at());
          p += 2;
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            taken.add(rows.getString(1) + "@" + Columns.getInstant(rows, 2));
          }
        }
      }
    }
    return taken;
  }

  private static String identity(CheckIn checkIn) {
    return checkIn.goalId() + "@" + checkIn.at();
  }

  private AggregateNotFoundException missingGoal(GoalId goal, SQLException cause) {
    AggregateNotFoundException missing = new AggregateNotFoundException(session.tenant(), "Goal", goal.value());
    missing.initCause(cause);
    return missing;
  }

  private DuplicateAggregateException duplicate(CheckIn checkIn, SQLException cause) {
    DuplicateAggregateException duplicate = new DuplicateAggregateException(session.tenant(), "CheckIn", identity(checkIn));
    duplicate.initCause(cause);
    return duplicate;
  }

  @Override
  public Stream<CheckIn> streamByGoal(GoalId goal) {
    Checks.notNull("goal", goal);
    return session.stream(
        "CheckInLog.streamByGoal",
        byGoal,
        statement -> {
          statement.setString(1, session.tenant().value());
          statement.setString(2, goal.value());
        },
        row -> read(goal, row));
  }

  @Override
  public CheckInHistory history(GoalId goal) {
    Checks.notNull("goal", goal);
    return CheckInHistory.of(goal, list("history", byGoal, goal));
  }

  @Override
  public Optional<CheckIn> latest(GoalId goal) {
    Checks.notNull("goal", goal);
    List<CheckIn> last = list("latest", latest, goal);
    return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0));
  }

  @Override
  public long count(GoalId goal) {
    Checks.notNull("goal", goal);
    return session.read(
        "CheckInLog.count",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(count)) {
            statement.setString(1, session.tenant().value());
            statement.setString(2, goal.value());
            try (ResultSet row = statement.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }

  private List<CheckIn> list(String method, String sql, GoalId goal) {
    return session.read(
        "CheckInLog." + method,
        connection -> {
          List<CheckIn> checkIns = new ArrayList<>();
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, session.tenant().value());
            statement.setString(2, goal.value());
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                checkIns.add(read(goal, rows));
              }
            }
          }
          return checkIns;
        });
  }

  /** Reads a check-in from a row whose first columns are those of {@link #byGoal}. */
  static CheckIn read(GoalId goal, ResultSet row) throws SQLException {
    return new CheckIn(
        goal, Columns.getInstant(row, 1), row.getDouble(3), row.getDouble(4), Optional.ofNullable(row.getString(5)));
  }

  @Override
  public String toString() {
    return "CheckInLog[" + session + "]";
  }
}
