package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetId;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.PointsBudgetRepository;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.persistence.spi.internal.BudgetOverlap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The points budgets of one tenant in the JDBC store. Two budgets of one giver never overlap: a
 * write is checked against what its unit of work sees, and the commit checks again under a row of
 * {@code points_budget_givers} that serialises the units of work committing budgets of one giver
 * (see migration V11), on H2 and PostgreSQL alike. Racing awards cannot overspend a budget: each
 * update names the version it read ({@code ... AND version = ?}), so of two units of work that read
 * the same version only the first to write it succeeds, and the table's check refuses any row whose
 * spent points exceed its allowance.
 */
final class JdbcPointsBudgetRepository extends JdbcRepository<PointsBudgetId, PointsBudget>
    implements PointsBudgetRepository {
  private final BudgetOverlap.Writes writes;

  JdbcPointsBudgetRepository(Session session) {
    super(session, session.jdbc().pointsBudgets);
    this.writes = new BudgetOverlap.Writes(session instanceof JdbcUnitOfWork, this::streamByGiver);
  }

  @Override
  public Versioned<PointsBudget> insert(PointsBudget aggregate) {
    writes.check(aggregate);
    return noted(super.insert(aggregate));
  }

  @Override
  public Versioned<PointsBudget> update(PointsBudget aggregate, long expectedVersion) {
    writes.check(aggregate);
    return noted(super.update(aggregate, expectedVersion));
  }

  @Override
  public long insertAll(Iterator<? extends PointsBudget> aggregates, int batchSize) {
    List<PointsBudget> all = writes.checkAll(aggregates);
    long inserted = super.insertAll(all.iterator(), batchSize);
    all.forEach(budget -> noted(Versioned.of(budget, 1)));
    return inserted;
  }

  /** Notes the budget's giver; on the first, has the commit check the givers' budgets again under their lock rows. */
  private Versioned<PointsBudget> noted(Versioned<PointsBudget> written) {
    if (writes.note(written.value())) {
      session.beforeCommit(this::requireNoOverlapAtCommit);
    }
    return written;
  }

  /**
   * Takes each giver's row in the lock table (waiting for a unit of work committing budgets of the
   * same giver), reads the giver's budgets as committed and written here, and frees the row.
   */
  private Boolean requireNoOverlapAtCommit(Connection connection) throws SQLException {
    String locks = session.jdbc().options().table("points_budget_givers");
    String tenant = session.tenant().value();
    for (EmployeeId giver : writes.givers()) {
      try (PreparedStatement lock = connection.prepareStatement(
          "INSERT INTO " + locks + " (tenant, giver_id) VALUES (?, ?)")) {
        lock.setString(1, tenant);
        lock.setString(2, giver.value());
        lock.executeUpdate();
      }
      List<PointsBudget> budgets = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(table.where("giver_id = ?"))) {
        select.setString(1, tenant);
        select.setString(2, giver.value());
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            budgets.add(table.read(rows).value());
          }
        }
      }
      try (PreparedStatement free = connection.prepareStatement(
          "DELETE FROM " + locks + " WHERE tenant = ? AND giver_id = ?")) {
        free.setString(1, tenant);
        free.setString(2, giver.value());
        free.executeUpdate();
      }
      Optional<String> conflict = BudgetOverlap.conflict(budgets);
      if (conflict.isPresent()) {
        throw new PersistenceException("a unit of work in tenant '" + session.tenant() + "' conflicted with one"
            + " committed meanwhile: " + conflict.get() + "; nothing was committed");
      }
    }
    return Boolean.TRUE;
  }

  @Override
  public Stream<Versioned<PointsBudget>> streamByGiver(EmployeeId giver) {
    Checks.notNull("giver", giver);
    return streamWhere("streamByGiver", "giver_id = ?", statement -> statement.setString(2, giver.value()));
  }
}
