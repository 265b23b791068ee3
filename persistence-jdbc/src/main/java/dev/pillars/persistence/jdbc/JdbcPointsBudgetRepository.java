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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

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
  private final Set<EmployeeId> givers = new TreeSet<>();

  JdbcPointsBudgetRepository(Session session) {
    super(session, session.jdbc().pointsBudgets);
  }

  @Override
  public Versioned<PointsBudget> insert(PointsBudget aggregate) {
    requireNoOverlap(aggregate, List.of());
    Versioned<PointsBudget> inserted = super.insert(aggregate);
    watch(aggregate.giver());
    return inserted;
  }

  @Override
  public Versioned<PointsBudget> update(PointsBudget aggregate, long expectedVersion) {
    requireNoOverlap(aggregate, List.of());
    Versioned<PointsBudget> updated = super.update(aggregate, expectedVersion);
    watch(aggregate.giver());
    return updated;
  }

  @Override
  public long insertAll(Iterator<? extends PointsBudget> aggregates, int batchSize) {
    Checks.notNull("aggregates", aggregates);
    List<PointsBudget> all = new ArrayList<>();
    aggregates.forEachRemaining(all::add);
    for (int i = 0; i < all.size(); i++) {
      requireNoOverlap(all.get(i), all.subList(0, i));
    }
    long inserted = super.insertAll(all.iterator(), batchSize);
    all.forEach(budget -> watch(budget.giver()));
    return inserted;
  }

  /**
   * Refuses a budget overlapping another of its giver that this unit of work sees, or one of
   * {@code alsoWritten}; leaves bad arguments and a missing unit of work to the write itself.
   */
  private void requireNoOverlap(@Nullable PointsBudget budget, List<PointsBudget> alsoWritten) {
    if (budget == null || !(session instanceof JdbcUnitOfWork)) {
      return;
    }
    List<PointsBudget> others = new ArrayList<>(alsoWritten);
    try (Stream<Versioned<PointsBudget>> same = streamByGiver(budget.giver())) {
      same.forEach(v -> others.add(v.value()));
    }
    BudgetOverlap.require(budget, others);
  }

  /** Has the commit check the giver's budgets again under the giver's lock row. */
  private void watch(EmployeeId giver) {
    if (!(session instanceof JdbcUnitOfWork)) {
      return;
    }
    if (givers.isEmpty()) {
      session.beforeCommit(this::requireNoOverlapAtCommit);
    }
    givers.add(giver);
  }

  /**
   * Takes each giver's row in the lock table (waiting for a unit of work committing budgets of the
   * same giver), reads the giver's budgets as committed and written here, and frees the row.
   */
  private Boolean requireNoOverlapAtCommit(Connection connection) throws SQLException {
    String locks = session.jdbc().options().table("points_budget_givers");
    String tenant = session.tenant().value();
    for (EmployeeId giver : givers) {
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
