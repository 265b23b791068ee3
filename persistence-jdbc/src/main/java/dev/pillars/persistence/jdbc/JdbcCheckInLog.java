package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.CheckInHistory;
import dev.pillars.core.goal.GoalId;
import dev.pillars.persistence.spi.CheckInLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The check-in log of one tenant in the JDBC store: one row per check-in, keyed by goal and
 * instant. The database refuses a check-in on a goal that does not exist (a foreign key, which
 * also deletes a goal's check-ins with it) and a second one at the same instant (the key).
 */
final class JdbcCheckInLog extends JdbcLog<GoalId, CheckIn> implements CheckInLog {
  private final String byGoal;

  JdbcCheckInLog(Session session) {
    super(
        session,
        new Layout("CheckIn", "Goal", "goal", session.jdbc().options().table("check_ins"), session.jdbc().goals.name,
            List.of("goal_id", "at_second", "at_nano"), List.of("progress", "confidence", "comment")));
    this.byGoal = select(inIdentityOrder);
  }

  @Override
  String key(GoalId goal) {
    return goal.value();
  }

  @Override
  String ownerKey(CheckIn checkIn) {
    return checkIn.goalId().value();
  }

  @Override
  String identity(CheckIn checkIn) {
    return checkIn.goalId() + "@" + checkIn.at();
  }

  @Override
  String readIdentity(ResultSet row) throws SQLException {
    return row.getString(1) + "@" + Columns.getInstant(row, 2);
  }

  @Override
  int bindIdentity(PreparedStatement statement, int index, CheckIn checkIn) throws SQLException {
    statement.setString(index, checkIn.goalId().value());
    Columns.setInstant(statement, index + 1, checkIn.at());
    return index + 3;
  }

  @Override
  void bindValues(PreparedStatement statement, int index, CheckIn checkIn) throws SQLException {
    statement.setDouble(index, checkIn.progress());
    statement.setDouble(index + 1, checkIn.confidence());
    statement.setString(index + 2, checkIn.comment().orElse(null));
  }

  @Override
  CheckIn entry(GoalId goal, ResultSet row) throws SQLException {
    return read(goal, row);
  }

  @Override
  public Stream<CheckIn> streamByGoal(GoalId goal) {
    Checks.notNull("goal", goal);
    return session.stream(
        "CheckInLog.streamByGoal", byGoal, statement -> bindOwner(statement, goal), row -> read(goal, row));
  }

  @Override
  public CheckInHistory history(GoalId goal) {
    Checks.notNull("goal", goal);
    return CheckInHistory.of(goal, list("history", byGoal, goal, statement -> {}));
  }

  /** Reads a check-in from a row whose first columns are those of {@link #byGoal}. */
  static CheckIn read(GoalId goal, ResultSet row) throws SQLException {
    return new CheckIn(
        goal, Columns.getInstant(row, 1), row.getDouble(3), row.getDouble(4), Optional.ofNullable(row.getString(5)));
  }
}
