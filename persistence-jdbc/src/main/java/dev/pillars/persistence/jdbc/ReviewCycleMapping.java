package dev.pillars.persistence.jdbc;

import dev.pillars.core.Period;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.review.PhaseOverride;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewPhase;
import dev.pillars.core.review.ReviewRole;
import dev.pillars.core.review.ReviewTemplateId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Review cycles as rows of the {@code review_cycles} table: the participants as a JSON array, the
 * due dates as a JSON object of roles to ISO dates, the overrides as a JSON object of phases to
 * {@code {"actor", "reason", "open": [...]}}.
 */
final class ReviewCycleMapping extends Mapping<ReviewCycleId, ReviewCycle> {
  static final ReviewCycleMapping INSTANCE = new ReviewCycleMapping();

  private ReviewCycleMapping() {
    super(
        "ReviewCycle",
        "ReviewCycleRepository",
        "review_cycles",
        List.of("name", "period_start", "period_end", "template_id", "participants", "due_dates", "phase", "overrides"));
  }

  @Override
  ReviewCycleId idOf(ReviewCycle cycle) {
    return cycle.id();
  }

  @Override
  String key(ReviewCycleId id) {
    return id.value();
  }

  @Override
  List<EmployeeId> employeesNamedBy(ReviewCycle cycle) {
    List<EmployeeId> named = new ArrayList<>(cycle.participants());
    cycle.overrides().values().forEach(o -> named.add(o.actor()));
    return named;
  }

  @Override
  void bind(PreparedStatement s, int first, ReviewCycle cycle) throws SQLException {
    int i = first;
    s.setString(i++, cycle.name());
    Columns.setDate(s, i++, cycle.period().start());
    Columns.setDate(s, i++, cycle.period().end());
    s.setString(i++, cycle.template().value());
    List<Object> participants = new ArrayList<>();
    cycle.participants().forEach(p -> participants.add(p.value()));
    s.setString(i++, JsonTree.write(participants));
    Map<String, Object> due = new LinkedHashMap<>();
    cycle.dueDates().forEach((role, date) -> due.put(role.name(), date.toString()));
    s.setString(i++, JsonTree.write(due));
    s.setString(i++, cycle.phase().name());
    Map<String, Object> overrides = new LinkedHashMap<>();
    cycle.overrides().forEach((phase, o) -> {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("actor", o.actor().value());
      json.put("reason", o.reason());
      json.put("open", new ArrayList<Object>(o.openWork()));
      overrides.put(phase.name(), json);
    });
    s.setString(i, JsonTree.write(overrides));
  }

  @Override
  ReviewCycle read(String id, ResultSet r, int first) throws SQLException {
    int i = first;
    String what = "review cycle JSON";
    ReviewCycle.Builder cycle = ReviewCycle.builder().id(ReviewCycleId.of(id)).name(r.getString(i++));
    LocalDate start = Columns.getDate(r, i++);
    cycle.period(Period.of(start, Columns.getDate(r, i++)));
    cycle.template(ReviewTemplateId.of(r.getString(i++)));
    for (Object p : JsonTree.list(what, JsonTree.read(what, r.getString(i++)))) {
      cycle.addParticipants(EmployeeId.of(JsonTree.text(what, p)));
    }
    JsonTree.map(what, JsonTree.read(what, r.getString(i++)))
        .forEach((role, date) -> cycle.putDueDates(ReviewRole.valueOf(role), LocalDate.parse(JsonTree.text(what, date))));
    cycle.phase(ReviewPhase.valueOf(r.getString(i++)));
    JsonTree.map(what, JsonTree.read(what, r.getString(i))).forEach((phase, node) -> {
      Map<String, Object> o = JsonTree.map(what, node);
      List<String> open = new ArrayList<>();
      JsonTree.list(what, JsonTree.member(what, o, "open")).forEach(line -> open.add(JsonTree.text(what, line)));
      cycle.putOverrides(ReviewPhase.valueOf(phase), new PhaseOverride(
          EmployeeId.of(JsonTree.text(what, JsonTree.member(what, o, "actor"))),
          JsonTree.text(what, JsonTree.member(what, o, "reason")),
          open));
    });
    return cycle.build();
  }
}
