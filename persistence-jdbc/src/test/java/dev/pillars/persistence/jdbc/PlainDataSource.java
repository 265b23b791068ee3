package dev.pillars.persistence.jdbc;

import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** What the tests' own data sources share: none is a JDBC wrapper, and they log to the global logger. */
abstract class PlainDataSource implements DataSource {
  @Override
  public final Logger getParentLogger() {
    return Logger.getGlobal();
  }

  @Override
  public final <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public final boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
