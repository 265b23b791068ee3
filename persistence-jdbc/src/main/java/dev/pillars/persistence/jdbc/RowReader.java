package dev.pillars.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the current row of a result set.
 *
 * @param <T> what a row becomes
 */
@FunctionalInterface
interface RowReader<T> {
  T read(ResultSet row) throws SQLException;
}
