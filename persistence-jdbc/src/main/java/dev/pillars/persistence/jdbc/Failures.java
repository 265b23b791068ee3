package dev.pillars.persistence.jdbc;

import dev.pillars.core.TenantId;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.PersistenceException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** Turns SQL failures into the SPI's exceptions, keeping the SQL failure as the cause. */
final class Failures {
  /** SQLSTATE of a unique or primary-key violation, the same in PostgreSQL and H2. */
  static final String UNIQUE_VIOLATION = "23505";
  /**
   * SQLSTATE of a foreign-key violation: PostgreSQL's for both kinds, H2's for deleting a row that
   * others still refer to.
   */
  static final String FOREIGN_KEY_VIOLATION = "23503";
  /** H2's SQLSTATE for inserting a row that refers to a row that does not exist. */
  static final String H2_PARENT_MISSING = "23506";

  private Failures() {}

  /** Returns the exception for a failure of the database while running an operation. */
  static PersistenceException storage(String operation, TenantId tenant, SQLException failure) {
    return new PersistenceException(
        operation
            + " on tenant '"
            + tenant
            + "' failed in the database (SQLSTATE "
            + failure.getSQLState()
            + "): "
            + failure.getMessage(),
        failure);
  }

  /** Returns the exception for a row the database refused because the row it refers to is missing. */
  static AggregateNotFoundException notFound(TenantId tenant, String type, String id, SQLException failure) {
    AggregateNotFoundException missing = new AggregateNotFoundException(tenant, type, id);
    missing.initCause(failure);
    return missing;
  }

  /** Returns the exception for a row the database refused because its key is taken. */
  static DuplicateAggregateException duplicate(TenantId tenant, String type, String id, SQLException failure) {
    DuplicateAggregateException duplicate = new DuplicateAggregateException(tenant, type, id);
    duplicate.initCause(failure);
    return duplicate;
  }

  /** Returns whether the failure, or an exception chained to it, is a unique-key violation. */
  static boolean isUniqueViolation(SQLException failure) {
    for (Throwable t = failure; t != null; t = next(t)) {
      if (t instanceof SQLException && UNIQUE_VIOLATION.equals(((SQLException) t).getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether the failure, or an exception chained to it, is a lock wait that timed out:
   * PostgreSQL's {@code lock_not_available} (55P03) or H2's lock timeout (HYT00).
   */
  static boolean isLockTimeout(SQLException failure) {
    for (Throwable t = failure; t != null; t = next(t)) {
      if (t instanceof SQLException) {
        String state = ((SQLException) t).getSQLState();
        if ("55P03".equals(state) || "HYT00".equals(state)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns whether the failure, or an exception chained to it, is a foreign-key violation. */
  static boolean isForeignKeyViolation(SQLException failure) {
    for (Throwable t = failure; t != null; t = next(t)) {
      if (t instanceof SQLException) {
        String state = ((SQLException) t).getSQLState();
        if (FOREIGN_KEY_VIOLATION.equals(state) || H2_PARENT_MISSING.equals(state)) {
          return true;
        }
      }
    }
    return false;
  }

  private static @Nullable Throwable next(Throwable t) {
    if (t instanceof SQLException) {
      SQLException chained = ((SQLException) t).getNextException();
      if (chained != null && chained != t) {
        return chained;
      }
    }
    Throwable cause = t.getCause();
    return cause == t ? null : cause;
  }

  /** Adds a failure met while cleaning up to the failure that caused the clean-up. */
  static void suppress(Throwable primary, Throwable secondary) {
    if (primary != secondary) {
      primary.addSuppressed(secondary);
    }
  }
}
