package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.MeasurementLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The measurement log of one tenant in the JDBC store: one row per recording, keyed by its
 * identity (KPI, observation date, recording instant), which also serves every read by KPI and
 * date. The database refuses an undefined KPI (a foreign key) and a repeated identity (the key).
 *
 * <p>Observation dates must lie from 0001-01-01 to 9999-12-31; reads for wider ranges are clamped
 * to those dates.
 */
final class JdbcMeasurementLog implements MeasurementLog {
  private static final int ROWS_PER_QUERY = 200;

  private final Session session;
  private final String table;
  private final String kpis;
  private final String insert;
  private final String byDates;
  private final String byDatesKnownAt;
  private final String byRecording;
  private final String latest;
  private final String count;

  JdbcMeasurementLog(Session session) {
    this.session = session;
    JdbcStore jdbc = session.jdbc();
    this.table = jdbc.options().table("measurements");
    this.kpis = jdbc.kpiDefinitions.name;
    String columns = "observed_on, recorded_second, recorded_nano, measured_value";
    String ofKpi = " FROM " + table + " WHERE tenant = ? AND kpi_id = ?";
    this.insert = "INSERT INTO " + table + " (tenant, kpi_id, " + columns + ") VALUES (?, ?, ?, ?, ?, ?)";
    String dates = "SELECT " + columns + ofKpi + " AND observed_on BETWEEN ? AND ?";
    String inOrder = " ORDER BY observed_on, recorded_second, recorded_nano";
    this.byDates = dates + inOrder;
    this.byDatesKnownAt = dates + " AND (recorded_second < ? OR recorded_second = ? AND recorded_nano <= ?)" + inOrder;
    this.byRecording = "SELECT " + columns + ofKpi + " ORDER BY recorded_second, recorded_nano, observed_on";
    this.latest =
        "SELECT " + columns + ofKpi + " ORDER BY observed_on DESC, recorded_second DESC, recorded_nano DESC LIMIT 1";
    this.count = "SELECT COUNT(*)" + ofKpi;
  }

  @Override
  public void append(Measurement measurement) {
    Checks.notNull("measurement", measurement);
    checkDate(measurement);
    session.write(
        "MeasurementLog.append",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(insert)) {
            bind(statement, measurement);
            statement.executeUpdate();
          } catch (SQLException e) {
            if (Failures.isForeignKeyViolation(e)) {
              throw undefined(measurement.kpi(), e);
            }
            if (Failures.isUniqueViolation(e)) {
              throw duplicate(measurement, e);
            }
            throw e;
          }
          return Boolean.TRUE;
        });
  }

  @Override
  public long appendAll(Iterator<Measurement> measurements, int batchSize) {
    Checks.notNull("measurements", measurements);
    Checks.require(batchSize >= 1, "batchSize", batchSize, "must be at least 1");
    return session.write(
        "MeasurementLog.appendAll",
        connection ->
            Batches.insertAll(
                connection, insert, measurements, batchSize, "measurements", this::bind,
                JdbcMeasurementLog::checkDate, this::diagnose));
  }

  private void bind(PreparedStatement statement, Measurement m) throws SQLException {
    statement.setString(1, session.tenant().value());
    statement.setString(2, m.kpi().value());
    Columns.setDate(statement, 3, m.observedOn());
    Columns.setInstant(statement, 4, m.recordedAt());
    statement.setDouble(6, m.value());
  }

  private static void checkDate(Measurement m) {
    Checks.require(
        !m.observedOn().isBefore(Columns.FIRST_DAY) && !m.observedOn().isAfter(Columns.LAST_DAY),
        "observedOn",
        m.observedOn(),
        "must lie from " + Columns.FIRST_DAY + " to " + Columns.LAST_DAY + " to be stored");
  }

  /** Finds the first measurement of a refused batch that names an undefined KPI or a taken identity. */
  private RuntimeException diagnose(Connection connection, List<Measurement> batch, SQLException failure)
      throws SQLException {
    Set<String> defined = definedKpis(connection, batch);
    Set<String> taken = takenIdentities(connection, batch);
    Set<String> seen = new HashSet<>();
    for (Measurement m : batch) {
      if (!defined.contains(m.kpi().value())) {
        return undefined(m.kpi(), failure);
      }
      String identity = identity(m);
      if (taken.contains(identity) || !seen.add(identity)) {
        return duplicate(m, failure);
      }
    }
    return Failures.storage("MeasurementLog.appendAll", session.tenant(), failure);
  }

  private Set<String> definedKpis(Connection connection, List<Measurement> batch) throws SQLException {
    List<String> ids = new ArrayList<>(new HashSet<>(batch.stream().map(m -> m.kpi().value()).toList()));
    Set<String> defined = new HashSet<>();
    for (int from = 0; from < ids.size(); from += ROWS_PER_QUERY) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_QUERY));
      String sql =
          "SELECT id FROM " + kpis + " WHERE tenant = ? AND id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, session.tenant().value());
        for (int i = 0; i < chunk.size(); i++) {
          statement.setString(i + 2, chunk.get(i));
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            defined.add(rows.getString(1));
          }
        }
      }
    }
    return defined;
  }

  private Set<String> takenIdentities(Connection connection, List<Measurement> batch) throws SQLException {
    Set<String> taken = new HashSet<>();
    for (int from = 0; from < batch.size(); from += ROWS_PER_QUERY) {
      List<Measurement> chunk = batch.subList(from, Math.min(batch.size(), from + ROWS_PER_QUERY));
      String sql =
          "SELECT kpi_id, observed_on, recorded_second, recorded_nano FROM " + table + " WHERE tenant = ? AND ("
              + String.join(
                  " OR ",
                  Collections.nCopies(
                      chunk.size(), "kpi_id = ? AND observed_on = ? AND recorded_second = ? AND recorded_nano = ?"))
              + ")";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, session.tenant().value());
        int p = 2;
        for (Measurement m : chunk) {
          statement.setString(p++, m.kpi().value());
          Columns.setDate(statement, p++, m.observedOn());
          Columns.setInstant(statement, p, m.recordedAt());
          p += 2;
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            taken.add(rows.getString(1) + "@" + Columns.getDate(rows, 2) + "@" + Columns.getInstant(rows, 3));
          }
        }
      }
    }
    return taken;
  }

  private static String identity(Measurement m) {
    return m.kpi() + "@" + m.observedOn() + "@" + m.recordedAt();
  }

  private AggregateNotFoundException undefined(KpiId kpi, SQLException cause) {
    AggregateNotFoundException undefined = new AggregateNotFoundException(session.tenant(), "KpiDefinition", kpi.value());
    undefined.initCause(cause);
    return undefined;
  }

  private DuplicateAggregateException duplicate(Measurement m, SQLException cause) {
    DuplicateAggregateException duplicate = new DuplicateAggregateException(session.tenant(), "Measurement", identity(m));
    duplicate.initCause(cause);
    return duplicate;
  }

  @Override
  public List<Measurement> range(KpiId kpi, LocalDate from, LocalDate to) {
    checkRange(kpi, from, to);
    List<Measurement> all = read("range", kpi, byDates, from, to, null);
    List<Measurement> current = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (i + 1 == all.size() || !all.get(i + 1).observedOn().equals(all.get(i).observedOn())) {
        current.add(all.get(i));
      }
    }
    return List.copyOf(current);
  }

  @Override
  public List<Measurement> history(KpiId kpi, LocalDate from, LocalDate to) {
    checkRange(kpi, from, to);
    return List.copyOf(read("history", kpi, byDates, from, to, null));
  }

  @Override
  public List<Measurement> asOf(KpiId kpi, LocalDate from, LocalDate to, Instant recordedBy) {
    checkRange(kpi, from, to);
    Checks.notNull("recordedBy", recordedBy);
    List<Measurement> known = read("asOf", kpi, byDatesKnownAt, from, to, recordedBy);
    List<Measurement> current = new ArrayList<>();
    for (int i = 0; i < known.size(); i++) {
      if (i + 1 == known.size() || !known.get(i + 1).observedOn().equals(known.get(i).observedOn())) {
        current.add(known.get(i));
      }
    }
    return List.copyOf(current);
  }

  @Override
  public MeasurementSeries series(KpiId kpi) {
    Checks.notNull("kpi", kpi);
    List<Measurement> history =
        session.read(
            "MeasurementLog.series",
            connection -> {
              try (PreparedStatement statement = connection.prepareStatement(byRecording)) {
                statement.setString(1, session.tenant().value());
                statement.setString(2, kpi.value());
                statement.setFetchSize(session.jdbc().fetchSize());
                return rows(kpi, statement);
              }
            });
    return MeasurementSeries.of(kpi, history);
  }

  @Override
  public Optional<Measurement> latest(KpiId kpi) {
    Checks.notNull("kpi", kpi);
    List<Measurement> last =
        session.read(
            "MeasurementLog.latest",
            connection -> {
              try (PreparedStatement statement = connection.prepareStatement(latest)) {
                statement.setString(1, session.tenant().value());
                statement.setString(2, kpi.value());
                return rows(kpi, statement);
              }
            });
    return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0));
  }

  @Override
  public long count(KpiId kpi) {
    Checks.notNull("kpi", kpi);
    return session.read(
        "MeasurementLog.count",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(count)) {
            statement.setString(1, session.tenant().value());
            statement.setString(2, kpi.value());
            try (ResultSet row = statement.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }

  private List<Measurement> read(
      String method, KpiId kpi, String sql, LocalDate from, LocalDate to, @Nullable Instant recordedBy) {
    LocalDate first = Columns.clamp(from);
    LocalDate last = Columns.clamp(to);
    return session.read(
        "MeasurementLog." + method,
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, session.tenant().value());
            statement.setString(2, kpi.value());
            Columns.setDate(statement, 3, first);
            Columns.setDate(statement, 4, last);
            if (recordedBy != null) {
              statement.setLong(5, recordedBy.getEpochSecond());
              Columns.setInstant(statement, 6, recordedBy);
            }
            statement.setFetchSize(session.jdbc().fetchSize());
            return rows(kpi, statement);
          }
        });
  }

  private static List<Measurement> rows(KpiId kpi, PreparedStatement statement) throws SQLException {
    List<Measurement> measurements = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        measurements.add(
            Measurement.of(kpi, Columns.getDate(rows, 1), Columns.getInstant(rows, 2), rows.getDouble(4)));
      }
    }
    return measurements;
  }

  private static void checkRange(KpiId kpi, LocalDate from, LocalDate to) {
    Checks.notNull("kpi", kpi);
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    Checks.require(!to.isBefore(from), "to", to, "must not be before from " + from);
  }

  @Override
  public String toString() {
    return "MeasurementLog[" + session + "]";
  }
}
