package dev.pillars.persistence.jdbc;

import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionId;
import dev.pillars.core.recognition.Visibility;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognitions as rows of the {@code recognitions} table; the receivers as one text column of
 * space-delimited ids ({@link #receivers}), which ids cannot contain.
 */
final class RecognitionMapping extends Mapping<RecognitionId, Recognition> {
  static final RecognitionMapping INSTANCE = new RecognitionMapping();

  private RecognitionMapping() {
    super(
        "Recognition",
        "RecognitionRepository",
        "recognitions",
        List.of("giver_id", "receivers", "value_id", "message", "visibility", "points_each", "given_on", "withdrawn_on"));
  }

  @Override
  List<EmployeeId> employeesNamedBy(Recognition recognition) {
    List<EmployeeId> named = new ArrayList<>(recognition.receivers().size() + 1);
    named.add(recognition.giver());
    named.addAll(recognition.receivers());
    return named;
  }

  @Override
  RecognitionId idOf(Recognition recognition) {
    return recognition.id();
  }

  @Override
  String key(RecognitionId id) {
    return id.value();
  }

  /** Returns the receivers column's text: {@code " a b c "}, every id between spaces. */
  static String receivers(List<EmployeeId> receivers) {
    StringBuilder text = new StringBuilder(" ");
    receivers.forEach(receiver -> text.append(receiver.value()).append(' '));
    return text.toString();
  }

  /** Returns a {@code LIKE} pattern, with {@code !} as its escape, for the receivers naming one id. */
  static String naming(EmployeeId employee) {
    return "% " + employee.value().replace("!", "!!").replace("_", "!_").replace("%", "!%") + " %";
  }

  @Override
  void bind(PreparedStatement s, int first, Recognition recognition) throws SQLException {
    int i = first;
    s.setString(i++, recognition.giver().value());
    s.setString(i++, receivers(recognition.receivers()));
    s.setString(i++, recognition.value().value());
    s.setString(i++, recognition.message());
    s.setString(i++, recognition.visibility().name());
    s.setInt(i++, recognition.pointsEach());
    Columns.setDate(s, i++, recognition.givenOn());
    s.setObject(i, recognition.withdrawnOn().orElse(null), java.sql.Types.DATE);
  }

  @Override
  Recognition read(String id, ResultSet r, int first) throws SQLException {
    int i = first;
    Recognition.Builder recognition = Recognition.builder();
    recognition.id(RecognitionId.of(id)).giver(EmployeeId.of(r.getString(i++)));
    for (String receiver : r.getString(i++).trim().split(" ")) {
      recognition.addReceivers(EmployeeId.of(receiver));
    }
    recognition
        .value(CompanyValueId.of(r.getString(i++)))
        .message(r.getString(i++))
        .visibility(Visibility.valueOf(r.getString(i++)))
        .pointsEach(r.getInt(i++))
        .givenOn(Columns.getDate(r, i++));
    LocalDate withdrawn = Columns.getDate(r, i);
    if (withdrawn != null) {
      recognition.withdrawnOn(withdrawn);
    }
    return recognition.build();
  }
}
