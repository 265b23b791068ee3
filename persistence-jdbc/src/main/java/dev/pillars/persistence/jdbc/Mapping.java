package dev.pillars.persistence.jdbc;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * How one aggregate type maps to the rows of its table. Every table starts with the columns {@code
 * tenant}, {@code id} and {@code version}, which the store handles itself; a mapping names the
 * remaining columns, writes an aggregate into them and reads it back. Adding an aggregate to the
 * JDBC store means a migration that creates its table, one mapping and, for queries of its own, a
 * repository class over {@link JdbcRepository}.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
abstract class Mapping<I, T> {
  final String aggregateType;
  final String repositoryName;
  final String table;
  final List<String> columns;

  /**
   * @param aggregateType the aggregate's type as exceptions name it, such as {@code Goal}
   * @param repositoryName the repository as operations are named, such as {@code GoalRepository}
   * @param table the table's name without prefix, such as {@code goals}
   * @param columns the columns after tenant, id and version, in the order {@link #bind} and
   *     {@link #read} use them
   */
  Mapping(String aggregateType, String repositoryName, String table, List<String> columns) {
    this.aggregateType = aggregateType;
    this.repositoryName = repositoryName;
    this.table = table;
    this.columns = List.copyOf(columns);
  }

  /** Returns the id of an aggregate. */
  abstract I idOf(T aggregate);

  /**
   * Returns the employees an aggregate names, whose erasure it must not outlive (see {@link
   * ErasureGuard}); none unless overridden.
   */
  List<EmployeeId> employeesNamedBy(T aggregate) {
    return List.of();
  }

  /**
   * Returns what the select list reads for a column: the column itself unless overridden (the
   * feedback table reads an anonymous giver from a table of its own).
   *
   * @param column one of {@link #columns}
   * @param table the aggregate's table, as named in SQL
   * @param tables names another table of the store in SQL
   */
  String selected(String column, String table, java.util.function.UnaryOperator<String> tables) {
    return column;
  }

  /** Returns the id as it is stored in the {@code id} column. */
  abstract String key(I id);

  /**
   * Sets the parameters {@code first} to {@code first + columns.size() - 1} to the aggregate's
   * values, in the order of {@link #columns}.
   */
  abstract void bind(PreparedStatement statement, int first, T aggregate) throws SQLException;

  /**
   * Reads the aggregate whose id is {@code id} from the current row, whose columns {@code first}
   * onwards are {@link #columns} in order.
   *
   * @throws SQLException if the row cannot be read
   * @throws RuntimeException if the row holds values no valid aggregate has
   */
  abstract T read(String id, ResultSet row, int first) throws SQLException;

  /** Reads the aggregate of the current row, whose first column is the id; see {@link #read}. */
  final T readRow(ResultSet row, int idColumn) throws SQLException {
    String id = row.getString(idColumn);
    try {
      return read(id, row, idColumn + 1);
    } catch (SQLException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PersistenceException(
          "the row '" + id + "' of table " + table + " does not hold a valid " + aggregateType + ": " + e.getMessage(),
          e);
    }
  }
}
