package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.persistence.spi.MeasurementLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The measurement log of one tenant in the JDBC store: one row per recording, keyed by its
 * identity (KPI, observation date, recording instant), which also serves every read by KPI and
 * date. The database refuses an undefined KPI (a foreign key) and a repeated identity (the key).
 *
 * <p>Observation dates must lie from 0001-01-01 to 9999-12-31; reads for wider ranges are clamped
 * to those dates.
 */
final class JdbcMeasurementLog extends JdbcLog<KpiId, Measurement> implements MeasurementLog {
  private final String byDates;
  private final String byDatesKnownAt;
  private final String byRecording;

  JdbcMeasurementLog(Session session) {
    super(
        session,
        new Layout("Measurement", "KpiDefinition", "kpi", session.jdbc().options().table("measurements"),
            session.jdbc().kpiDefinitions.name, List.of("kpi_id", "observed_on", "recorded_second", "recorded_nano"),
            List.of("measured_value")));
    String dates = " AND observed_on BETWEEN ? AND ?";
    this.byDates = select(dates + inIdentityOrder);
    this.byDatesKnownAt =
        select(dates + " AND (recorded_second < ? OR recorded_second = ? AND recorded_nano <= ?)" + inIdentityOrder);
    this.byRecording = select(" ORDER BY recorded_second, recorded_nano, observed_on");
  }

  @Override
  String key(KpiId kpi) {
    return kpi.value();
  }

  @Override
  String ownerKey(Measurement m) {
    return m.kpi().value();
  }

  @Override
  String identity(Measurement m) {
    return m.kpi() + "@" + m.observedOn() + "@" + m.recordedAt();
  }

  @Override
  String readIdentity(ResultSet row) throws SQLException {
    return row.getString(1) + "@" + Columns.getDate(row, 2) + "@" + Columns.getInstant(row, 3);
  }

  @Override
  int bindIdentity(PreparedStatement statement, int index, Measurement m) throws SQLException {
    statement.setString(index, m.kpi().value());
    Columns.setDate(statement, index + 1, m.observedOn());
    Columns.setInstant(statement, index + 2, m.recordedAt());
    return index + 4;
  }

  @Override
  void bindValues(PreparedStatement statement, int index, Measurement m) throws SQLException {
    statement.setDouble(index, m.value());
  }

  @Override
  Measurement entry(KpiId kpi, ResultSet row) throws SQLException {
    return Measurement.of(kpi, Columns.getDate(row, 1), Columns.getInstant(row, 2), row.getDouble(4));
  }

  @Override
  void check(Measurement m) {
    Checks.require(
        !m.observedOn().isBefore(Columns.FIRST_DAY) && !m.observedOn().isAfter(Columns.LAST_DAY),
        "observedOn",
        m.observedOn(),
        "must lie from " + Columns.FIRST_DAY + " to " + Columns.LAST_DAY + " to be stored");
  }

  @Override
  public List<Measurement> range(KpiId kpi, LocalDate from, LocalDate to) {
    checkRange(kpi, from, to);
    return lastPerDate(read("range", kpi, byDates, from, to, null));
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
    return lastPerDate(read("asOf", kpi, byDatesKnownAt, from, to, recordedBy));
  }

  @Override
  public MeasurementSeries series(KpiId kpi) {
    Checks.notNull("kpi", kpi);
    return MeasurementSeries.of(kpi, list("series", byRecording, kpi, this::fetchInPages));
  }

  private void fetchInPages(PreparedStatement statement) throws SQLException {
    statement.setFetchSize(session.jdbc().fetchSize());
  }

  /** Reads a KPI's recordings for the dates, known by an instant unless it is null, in date order. */
  private List<Measurement> read(
      String method, KpiId kpi, String sql, LocalDate from, LocalDate to, @Nullable Instant recordedBy) {
    LocalDate first = Columns.clamp(from);
    LocalDate last = Columns.clamp(to);
    return list(
        method,
        sql,
        kpi,
        statement -> {
          Columns.setDate(statement, 3, first);
          Columns.setDate(statement, 4, last);
          if (recordedBy != null) {
            statement.setLong(5, recordedBy.getEpochSecond());
            Columns.setInstant(statement, 6, recordedBy);
          }
          fetchInPages(statement);
        });
  }

  /** Keeps the last recording of each date from recordings in date order. */
  private static List<Measurement> lastPerDate(List<Measurement> sorted) {
    List<Measurement> current = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (i + 1 == sorted.size() || !sorted.get(i + 1).observedOn().equals(sorted.get(i).observedOn())) {
        current.add(sorted.get(i));
      }
    }
    return List.copyOf(current);
  }

  private static void checkRange(KpiId kpi, LocalDate from, LocalDate to) {
    Checks.notNull("kpi", kpi);
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    Checks.require(!to.isBefore(from), "to", to, "must not be before from " + from);
  }
}
