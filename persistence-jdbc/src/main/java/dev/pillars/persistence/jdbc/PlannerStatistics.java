package dev.pillars.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Keeps PostgreSQL's planner statistics of some tables current while one call writes many rows and
 * queries them in the same transaction.
 *
 * <p>Without statistics PostgreSQL takes {@code tenant = ?} for a selective condition, so after a
 * bulk write into fresh tables it reads a whole tenant through an index on {@code tenant} alone and
 * filters, instead of looking the keys up: a check of one batch of links then costs seconds instead
 * of milliseconds. So after each batch the call reports how many rows it has written, and once they
 * reach {@value #FIRST_REFRESH} and then each time they double, the tables are analysed, which
 * inside the transaction counts its own rows. That is a handful of {@code ANALYZE} runs for
 * millions of rows, each reading a sample of fixed size. A role that does not own a table gets
 * PostgreSQL's warning and the old statistics, never an error. {@code ANALYZE} takes a lock that
 * only other analyses and vacuums of the same table wait for, so bulk loads of two tenants analyse
 * one after the other while reads and writes go on. Other databases are left as they are.
 */
final class PlannerStatistics {
  /** How many rows one call writes before its tables are analysed the first time. */
  static final long FIRST_REFRESH = 10_000;

  private final List<String> tables;
  private long written;
  private long nextRefresh = FIRST_REFRESH;

  /**
   * Creates the statistics keeper of one call.
   *
   * @param tables the qualified names of the tables the call writes and queries
   */
  PlannerStatistics(List<String> tables) {
    this.tables = List.copyOf(tables);
  }

  /** Counts rows the call wrote, and analyses the tables when the count has doubled. */
  void written(Connection connection, int rows) throws SQLException {
    written += rows;
    if (written < nextRefresh) {
      return;
    }
    nextRefresh = 2 * written;
    if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      for (String table : tables) {
        statement.execute("ANALYZE " + table);
      }
    }
  }
}
