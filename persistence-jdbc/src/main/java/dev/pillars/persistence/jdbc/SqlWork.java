package dev.pillars.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done with a connection, which may fail with an {@link SQLException}.
 *
 * @param <R> the result type
 */
@FunctionalInterface
interface SqlWork<R> {
  R run(Connection connection) throws SQLException;
}
