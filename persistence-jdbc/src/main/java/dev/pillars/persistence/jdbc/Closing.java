package dev.pillars.persistence.jdbc;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** Closes JDBC resources one after another, keeping the first failure and suppressing the rest. */
final class Closing {
  private Closing() {}

  /** Closes a resource, if any; returns the first failure so far. */
  static @Nullable SQLException close(@Nullable AutoCloseable resource, @Nullable SQLException failure) {
    if (resource == null) {
      return failure;
    }
    try {
      resource.close();
      return failure;
    } catch (SQLException e) {
      return add(failure, e);
    } catch (Exception e) {
      return add(failure, new SQLException("closing " + resource + " failed", e));
    }
  }

  /** Returns the first failure, with the later one suppressed in it. */
  static SQLException add(@Nullable SQLException first, SQLException later) {
    if (first == null) {
      return later;
    }
    Failures.suppress(first, later);
    return first;
  }
}
