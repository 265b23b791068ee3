package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.persistence.spi.AggregateInUseException;
import dev.pillars.persistence.spi.GoalRepository;
import dev.pillars.persistence.spi.Versioned;
import java.sql.SQLException;
import java.util.stream.Stream;

/**
 * The goals of one tenant in the JDBC store. A goal's check-ins go with it ({@code ON DELETE
 * CASCADE}); a goal that alignment links join cannot be deleted (their foreign keys refuse it).
 */
final class JdbcGoalRepository extends JdbcRepository<GoalId, Goal> implements GoalRepository {
  JdbcGoalRepository(Session session) {
    super(session, session.jdbc().goals);
  }

  @Override
  public Stream<Versioned<Goal>> streamByOwner(GoalOwner owner) {
    Checks.notNull("owner", owner);
    return streamWhere(
        "streamByOwner",
        "owner_kind = ? AND owner_id = ?",
        statement -> {
          statement.setString(2, GoalMapping.ownerKind(owner));
          statement.setString(3, GoalMapping.ownerId(owner));
        });
  }

  @Override
  RuntimeException inUse(String key, SQLException failure) {
    AggregateInUseException inUse =
        new AggregateInUseException(session.tenant(), "Goal", key, "AlignmentLink to or from " + key);
    inUse.initCause(failure);
    return inUse;
  }
}
