package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.persistence.spi.GoalRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.stream.Stream;

/** The goals of one tenant in the JDBC store. */
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
}
