package dev.pillars.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The weighted roll-up as the SQL a vendor would write instead of Pillars: one recursive query
 * that computes every goal's score in the database, read back in full.
 *
 * <p>A goal with children scores the weighted mean of its children's scores, each link weighing by
 * its share of the parent's link weights; a goal without children scores its progress. The mean is
 * linear, so a goal's score is the sum, over every upward path from a leaf to it, of the leaf's
 * progress times the shares along the path. The recursive query walks those paths upwards from every
 * leaf, carrying the product, and a {@code GROUP BY} sums them per goal. Goals without children and
 * without progress (none in the benchmark's graphs) have no score.
 */
final class RecursiveCteRollUp {
  private final DataSource dataSource;
  private final String sql;

  RecursiveCteRollUp(BenchDatabase database) {
    this.dataSource = database.dataSource;
    String links = database.table("alignment_links");
    String goals = database.table("goals");
    this.sql =
        "WITH RECURSIVE"
            + " totals (parent_id, total) AS (SELECT parent_id, SUM(weight) FROM " + links
            + " WHERE tenant = ? GROUP BY parent_id),"
            + " shares (child_id, parent_id, share) AS (SELECT l.child_id, l.parent_id, l.weight / t.total FROM "
            + links + " l JOIN totals t ON t.parent_id = l.parent_id WHERE l.tenant = ?),"
            + " up (goal_id, contribution) AS ("
            + "SELECT g.id, g.progress FROM " + goals + " g WHERE g.tenant = ? AND g.progress IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM " + links + " c WHERE c.tenant = g.tenant AND c.parent_id = g.id)"
            + " UNION ALL SELECT s.parent_id, up.contribution * s.share FROM up JOIN shares s ON s.child_id = up.goal_id)"
            + " SELECT goal_id, SUM(contribution) FROM up GROUP BY goal_id";
  }

  /** Computes every goal's score in the database and returns them by goal id. */
  Map<String, Double> scores(String tenant) throws SQLException {
    Map<String, Double> scores = new HashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, tenant);
        statement.setString(2, tenant);
        statement.setString(3, tenant);
        statement.setFetchSize(10_000);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            scores.put(rows.getString(1), rows.getDouble(2));
          }
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    }
    return scores;
  }
}
