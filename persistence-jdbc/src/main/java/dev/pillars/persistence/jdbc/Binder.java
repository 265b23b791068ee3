package dev.pillars.persistence.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Sets the parameters of a prepared statement. */
@FunctionalInterface
interface Binder {
  void bind(PreparedStatement statement) throws SQLException;
}
