package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.CheckInHistory;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.CheckInLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The check-in log of one tenant in the JDBC store: one row per check-in, keyed by goal and
 * instant. The database refuses a check-in on a goal that does not exist (a foreign key, which
 * also deletes a goal's check-ins with it) and a second one at the same instant (the key).
 */
final class JdbcCheckInLog extends JdbcLog<GoalId, CheckIn> implements CheckInLog {
  private final String byGoal;
  private final KeyLookup<String> owners;

  JdbcCheckInLog(Session session) {
    super(
        session,
        new Layout("CheckIn", "Goal", "goal", session.jdbc().options().table("check_ins"), session.jdbc().goals.name,
            List.of("goal_id", "at_second", "at_nano"), List.of("progress", "confidence", "comment")));
    this.byGoal = select(inIdentityOrder);
    this.owners = KeyLookup.in("owner_kind, owner_id", session.jdbc().goals.name, "id", 500);
  }

  /** A comment is the goal owner's words: appending one names the owner (see {@link ErasureGuard}). */
  @Override
  public void append(CheckIn checkIn) {
    super.append(checkIn);
    if (checkIn.comment().isPresent()) {
      namesOwnersOf(List.of(checkIn.goalId().value()));
    }
  }

  @Override
  public long appendAll(Iterator<CheckIn> entries, int batchSize) {
    if (entries == null) {
      return super.appendAll(null, batchSize);
    }
    Set<String> commented = new LinkedHashSet<>();
    long appended =
        super.appendAll(
            new Iterator<>() {
              @Override
              public boolean hasNext() {
                return entries.hasNext();
              }

              @Override
              public CheckIn next() {
                CheckIn next = entries.next();
                if (next != null && next.comment().isPresent()) {
                  commented.add(next.goalId().value());
                }
                return next;
              }
            },
            batchSize);
    namesOwnersOf(List.copyOf(commented));
    return appended;
  }

  /** Notes the employees who own the given goals, as the unit of work sees them, as named by its writes. */
  private void namesOwnersOf(List<String> goals) {
    if (goals.isEmpty()) {
      return;
    }
    List<EmployeeId> named =
        session.read(
            "CheckInLog.append",
            connection ->
                owners.read(
                    connection,
                    session.tenant(),
                    goals,
                    row -> GoalMapping.EMPLOYEE.equals(row.getString(1)) ? EmployeeId.of(row.getString(2)) : null));
    session.names(named.stream().filter(Objects::nonNull).toList());
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
