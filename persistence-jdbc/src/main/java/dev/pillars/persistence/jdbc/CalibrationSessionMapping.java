package dev.pillars.persistence.jdbc;

import dev.pillars.persistence.spi.internal.NamedEmployees;
import dev.pillars.core.calibration.Adjustment;
import dev.pillars.core.calibration.CalibrationNote;
import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.ReviewCycleId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps a calibration session to one row: cycle and population as columns, the scale, calibrators,
 * proposed ratings, notes and adjustments as {@link StringRows} JSON.
 */
final class CalibrationSessionMapping extends Mapping<CalibrationSessionId, CalibrationSession> {
  static final CalibrationSessionMapping INSTANCE = new CalibrationSessionMapping();

  private CalibrationSessionMapping() {
    super(
        "CalibrationSession",
        "CalibrationSessionRepository",
        "calibration_sessions",
        List.of("cycle_id", "population_kind", "population_key", "rating_scale", "calibrators", "proposed", "notes",
            "adjustments", "closed"));
  }

  @Override
  List<EmployeeId> employeesNamedBy(CalibrationSession session) {
    return NamedEmployees.of(session);
  }

  @Override
  CalibrationSessionId idOf(CalibrationSession session) {
    return session.id();
  }

  @Override
  String key(CalibrationSessionId id) {
    return id.value();
  }

  @Override
  void bind(PreparedStatement s, int first, CalibrationSession session) throws SQLException {
    int i = first;
    s.setString(i++, session.cycle().value());
    s.setString(i++, session.population().kind().name());
    s.setString(i++, session.population().key());
    List<List<String>> scale = new ArrayList<>();
    session.scale().levels().forEach(l -> scale.add(List.of(Double.toString(l.value()), l.label())));
    s.setString(i++, StringRows.encode(scale));
    List<List<String>> calibrators = new ArrayList<>();
    session.calibrators().forEach(c -> calibrators.add(List.of(c.value())));
    s.setString(i++, StringRows.encode(calibrators));
    List<List<String>> proposed = new ArrayList<>();
    for (ProposedRating r : session.proposed()) {
      proposed.add(List.of(r.employee().value(), r.rater().value(), Integer.toString(r.level()), r.unit().value(),
          r.grade()));
    }
    s.setString(i++, StringRows.encode(proposed));
    List<List<String>> notes = new ArrayList<>();
    session.notes().forEach(n -> notes.add(List.of(n.author().value(), n.at().toString(), n.text())));
    s.setString(i++, StringRows.encode(notes));
    List<List<String>> adjustments = new ArrayList<>();
    for (Adjustment a : session.adjustments()) {
      adjustments.add(List.of(a.employee().value(), a.actor().value(), a.at().toString(), Integer.toString(a.from()),
          Integer.toString(a.to()), a.reason()));
    }
    s.setString(i++, StringRows.encode(adjustments));
    s.setBoolean(i, session.closed());
  }

  @Override
  CalibrationSession read(String id, ResultSet r, int first) throws SQLException {
    int i = first;
    ReviewCycleId cycle = ReviewCycleId.of(r.getString(i++));
    Population population = new Population(Population.Kind.valueOf(r.getString(i++)), r.getString(i++));
    List<RatingLevel> levels = new ArrayList<>();
    for (List<String> row : StringRows.decode("rating_scale JSON", r.getString(i++), 2)) {
      levels.add(RatingLevel.of(Double.parseDouble(row.get(0)), row.get(1)));
    }
    Set<EmployeeId> calibrators = new LinkedHashSet<>();
    for (List<String> row : StringRows.decode("calibrators JSON", r.getString(i++), 1)) {
      calibrators.add(EmployeeId.of(row.get(0)));
    }
    List<ProposedRating> proposed = new ArrayList<>();
    for (List<String> row : StringRows.decode("proposed JSON", r.getString(i++), 5)) {
      proposed.add(new ProposedRating(EmployeeId.of(row.get(0)), EmployeeId.of(row.get(1)),
          Integer.parseInt(row.get(2)), OrgUnitId.of(row.get(3)), row.get(4)));
    }
    List<CalibrationNote> notes = new ArrayList<>();
    for (List<String> row : StringRows.decode("notes JSON", r.getString(i++), 3)) {
      notes.add(new CalibrationNote(EmployeeId.of(row.get(0)), Instant.parse(row.get(1)), row.get(2)));
    }
    List<Adjustment> adjustments = new ArrayList<>();
    for (List<String> row : StringRows.decode("adjustments JSON", r.getString(i++), 6)) {
      adjustments.add(new Adjustment(EmployeeId.of(row.get(0)), EmployeeId.of(row.get(1)), Instant.parse(row.get(2)),
          Integer.parseInt(row.get(3)), Integer.parseInt(row.get(4)), row.get(5)));
    }
    return CalibrationSession.restore(CalibrationSessionId.of(id), cycle, population, new RatingScale(levels),
        calibrators, proposed, notes, adjustments, r.getBoolean(i));
  }
}
