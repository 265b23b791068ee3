package dev.pillars.persistence.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Binding and reading the column types the store uses, the same way everywhere. */
final class Columns {
  /** The first date a range query reaches; every stored measurement date lies on or after it. */
  static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  /** The last date a range query reaches; every stored measurement date lies on or before it. */
  static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private Columns() {}

  static void setDouble(PreparedStatement s, int i, @Nullable Double value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.DOUBLE);
    } else {
      s.setDouble(i, value);
    }
  }

  static @Nullable Double getDouble(ResultSet r, int i) throws SQLException {
    double value = r.getDouble(i);
    return r.wasNull() ? null : value;
  }

  static void setDate(PreparedStatement s, int i, LocalDate date) throws SQLException {
    s.setObject(i, date);
  }

  static LocalDate getDate(ResultSet r, int i) throws SQLException {
    return r.getObject(i, LocalDate.class);
  }

  /** Binds an instant exactly, as two parameters: seconds since the epoch, then nanoseconds. */
  static void setInstant(PreparedStatement s, int i, Instant instant) throws SQLException {
    s.setLong(i, instant.getEpochSecond());
    s.setInt(i + 1, instant.getNano());
  }

  /** Reads an instant from two columns: seconds since the epoch, then nanoseconds. */
  static Instant getInstant(ResultSet r, int i) throws SQLException {
    return Instant.ofEpochSecond(r.getLong(i), r.getInt(i + 1));
  }

  /** Returns the date, moved into the range of dates the store keeps. */
  static LocalDate clamp(LocalDate date) {
    return date.isBefore(FIRST_DAY) ? FIRST_DAY : date.isAfter(LAST_DAY) ? LAST_DAY : date;
  }
}
