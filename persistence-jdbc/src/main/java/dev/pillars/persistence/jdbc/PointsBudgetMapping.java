package dev.pillars.persistence.jdbc;

import dev.pillars.core.Period;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Points budgets as rows of the {@code points_budgets} table. */
final class PointsBudgetMapping extends Mapping<PointsBudgetId, PointsBudget> {
  static final PointsBudgetMapping INSTANCE = new PointsBudgetMapping();

  private PointsBudgetMapping() {
    super(
        "PointsBudget",
        "PointsBudgetRepository",
        "points_budgets",
        List.of("giver_id", "period_start", "period_end", "allowance", "spent"));
  }

  @Override
  List<EmployeeId> employeesNamedBy(PointsBudget budget) {
    return List.of(budget.giver());
  }

  @Override
  PointsBudgetId idOf(PointsBudget budget) {
    return budget.id();
  }

  @Override
  String key(PointsBudgetId id) {
    return id.value();
  }

  @Override
  void bind(PreparedStatement s, int first, PointsBudget budget) throws SQLException {
    int i = first;
    s.setString(i++, budget.giver().value());
    Columns.setDate(s, i++, budget.period().start());
    Columns.setDate(s, i++, budget.period().end());
    s.setLong(i++, budget.allowance());
    s.setLong(i, budget.spent());
  }

  @Override
  PointsBudget read(String id, ResultSet r, int first) throws SQLException {
    int i = first;
    EmployeeId giver = EmployeeId.of(r.getString(i++));
    Period period = Period.of(Columns.getDate(r, i++), Columns.getDate(r, i++));
    return new PointsBudget(PointsBudgetId.of(id), giver, period, r.getLong(i++), r.getLong(i));
  }
}
