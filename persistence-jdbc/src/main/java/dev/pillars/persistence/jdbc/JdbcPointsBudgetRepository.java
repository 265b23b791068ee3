package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetId;
import dev.pillars.persistence.spi.PointsBudgetRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.stream.Stream;

/**
 * The points budgets of one tenant in the JDBC store. Racing awards cannot overspend a budget: each
 * update names the version it read ({@code ... AND version = ?}), so of two units of work that read
 * the same version only the first to write it succeeds, and the table's check refuses any row whose
 * spent points exceed its allowance.
 */
final class JdbcPointsBudgetRepository extends JdbcRepository<PointsBudgetId, PointsBudget>
    implements PointsBudgetRepository {
  JdbcPointsBudgetRepository(Session session) {
    super(session, session.jdbc().pointsBudgets);
  }

  @Override
  public Stream<Versioned<PointsBudget>> streamByGiver(EmployeeId giver) {
    Checks.notNull("giver", giver);
    return streamWhere("streamByGiver", "giver_id = ?", statement -> statement.setString(2, giver.value()));
  }
}
