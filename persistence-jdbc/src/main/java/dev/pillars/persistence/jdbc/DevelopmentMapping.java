package dev.pillars.persistence.jdbc;

import dev.pillars.core.Period;
import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.assessment.Assessor;
import dev.pillars.core.assessment.AssessorRole;
import dev.pillars.core.assessment.Rating;
import dev.pillars.core.coaching.AgreedAction;
import dev.pillars.core.coaching.Coach;
import dev.pillars.core.coaching.CoachRole;
import dev.pillars.core.coaching.CoachingSession;
import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.competency.Competency;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.CompetencyModelId;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.competency.ProficiencyLevel;
import dev.pillars.core.competency.Requirement;
import dev.pillars.core.competency.RequirementScope;
import dev.pillars.core.development.ActionId;
import dev.pillars.core.development.ActionKind;
import dev.pillars.core.development.ActionStatus;
import dev.pillars.core.development.Cost;
import dev.pillars.core.development.DevelopmentAction;
import dev.pillars.core.development.DevelopmentGoal;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.Readiness;
import dev.pillars.core.succession.Severity;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.persistence.jdbc.DevelopmentJson.Reader;
import dev.pillars.persistence.spi.internal.NamedEmployees;
import dev.pillars.persistence.jdbc.DevelopmentJson.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The development pillar's aggregates as rows: an optional lookup column (the person or unit the
 * aggregate is about) and the whole aggregate as {@link DevelopmentJson} in {@code body}.
 */
final class DevelopmentMapping<I, T> extends Mapping<I, T> {
  static final DevelopmentMapping<ModelRevision, CompetencyModel> MODELS = new DevelopmentMapping<>(
      "CompetencyModel", "CompetencyModelRepository", "competency_models", null,
      CompetencyModel::id, ModelRevision::toString, DevelopmentMapping::revision,
      DevelopmentMapping::writeModel, DevelopmentMapping::readModel);
  static final DevelopmentMapping<AssessmentId, Assessment> ASSESSMENTS = new DevelopmentMapping<>(
      "Assessment", "AssessmentRepository", "assessments", a -> a.employee().value(),
      Assessment::id, AssessmentId::value, AssessmentId::of,
      DevelopmentMapping::writeAssessment, DevelopmentMapping::readAssessment);
  static final DevelopmentMapping<PlanId, DevelopmentPlan> PLANS = new DevelopmentMapping<>(
      "DevelopmentPlan", "DevelopmentPlanRepository", "development_plans", p -> p.employee().value(),
      DevelopmentPlan::id, PlanId::value, PlanId::of,
      DevelopmentMapping::writePlan, DevelopmentMapping::readPlan);
  static final DevelopmentMapping<CoachingSessionId, CoachingSession> SESSIONS = new DevelopmentMapping<>(
      "CoachingSession", "CoachingSessionRepository", "coaching_sessions", s -> s.employee().value(),
      CoachingSession::id, CoachingSessionId::value, CoachingSessionId::of,
      DevelopmentMapping::writeSession, DevelopmentMapping::readSession);
  static final DevelopmentMapping<PositionId, SuccessionPlan> SUCCESSIONS = new DevelopmentMapping<>(
      "SuccessionPlan", "SuccessionPlanRepository", "succession_plans", p -> p.unit().value(),
      SuccessionPlan::position, PositionId::value, PositionId::of,
      DevelopmentMapping::writeSuccession, DevelopmentMapping::readSuccession);

  private final @Nullable Function<T, String> lookup;
  private final Function<T, I> idOf;
  private final Function<I, String> key;
  private final Function<String, I> parseId;
  private final Function<T, String> write;
  private final BiFunction<I, Reader, T> read;

  private DevelopmentMapping(
      String aggregateType,
      String repositoryName,
      String table,
      @Nullable Function<T, String> lookup,
      Function<T, I> idOf,
      Function<I, String> key,
      Function<String, I> parseId,
      Function<T, String> write,
      BiFunction<I, Reader, T> read) {
    super(aggregateType, repositoryName, table, columns(table, lookup != null));
    this.lookup = lookup;
    this.idOf = idOf;
    this.key = key;
    this.parseId = parseId;
    this.write = write;
    this.read = read;
  }

  private static String lookupColumn(String table) {
    return table.equals("succession_plans") ? "unit_id" : "employee_id";
  }

  /** The lookup column if any, then {@code named} for succession plans (every employee a plan names), then the body. */
  private static List<String> columns(String table, boolean lookup) {
    List<String> columns = new ArrayList<>();
    if (lookup) {
      columns.add(lookupColumn(table));
    }
    if (table.equals("succession_plans")) {
      columns.add("named");
    }
    columns.add("body");
    return columns;
  }

  @Override
  List<EmployeeId> employeesNamedBy(T aggregate) {
    return NamedEmployees.of(aggregate);
  }

  @Override
  I idOf(T aggregate) {
    return idOf.apply(aggregate);
  }

  @Override
  String key(I id) {
    return key.apply(id);
  }

  @Override
  void bind(PreparedStatement statement, int first, T aggregate) throws SQLException {
    int i = first;
    Function<T, String> column = lookup;
    if (column != null) {
      statement.setString(i++, column.apply(aggregate));
    }
    if (columns.contains("named")) {
      statement.setString(i++, FeedbackMappings.named(NamedEmployees.of(aggregate)));
    }
    statement.setString(i, write.apply(aggregate));
  }

  @Override
  T read(String id, ResultSet row, int first) throws SQLException {
    String body = row.getString(first + columns.size() - 1);
    Reader reader = new Reader(table + ".body", body);
    T aggregate = read.apply(parseId.apply(id), reader);
    reader.end();
    return aggregate;
  }

  private static ModelRevision revision(String key) {
    int hash = key.lastIndexOf('#');
    return new ModelRevision(CompetencyModelId.of(key.substring(0, hash)), Integer.parseInt(key.substring(hash + 1)));
  }

  private static <E> void list(Writer w, List<E> items, java.util.function.BiConsumer<Writer, E> each) {
    w.open();
    items.forEach(item -> each.accept(w, item));
    w.close();
  }

  private static <E> List<E> list(Reader r, Function<Reader, E> each) {
    List<E> items = new ArrayList<>();
    r.open();
    while (r.more()) {
      items.add(each.apply(r));
    }
    return items;
  }

  private static String writeModel(CompetencyModel m) {
    Writer w = new Writer().open().text(m.name());
    list(w, m.competencies(), (x, c) -> {
      x.open().text(c.id()).text(c.name()).text(c.leadership());
      list(x, c.levels(), (y, l) -> y.open().text(l.level()).text(l.label()).text(l.behaviour()).close());
      x.close();
    });
    list(w, m.requirements(), (x, q) -> x.open().text(q.scope()).text(q.value()).text(q.competency()).text(q.level()).close());
    return w.close().toString();
  }

  private static CompetencyModel readModel(ModelRevision id, Reader r) {
    r.open();
    String name = r.text();
    List<Competency> competencies = list(r, x -> {
      x.open();
      Competency c = new Competency(CompetencyId.of(x.text()), x.text(), Boolean.parseBoolean(x.text()), list(x, y -> {
        y.open();
        ProficiencyLevel level = new ProficiencyLevel(y.integer(), y.text(), y.text());
        y.close();
        return level;
      }));
      x.close();
      return c;
    });
    List<Requirement> requirements = list(r, x -> {
      x.open();
      Requirement q = new Requirement(RequirementScope.valueOf(x.text()), x.text(), CompetencyId.of(x.text()), x.integer());
      x.close();
      return q;
    });
    r.close();
    return new CompetencyModel(id, name, competencies, requirements);
  }

  private static String writeAssessment(Assessment a) {
    Writer w = new Writer().open().text(a.employee()).text(a.assessor().id()).text(a.assessor().role()).text(a.model()).text(a.assessedOn());
    list(w, a.ratings(), (x, rating) -> x.open().text(rating.competency()).text(rating.level()).optional(rating.evidence()).close());
    return w.close().toString();
  }

  private static Assessment readAssessment(AssessmentId id, Reader r) {
    r.open();
    EmployeeId employee = EmployeeId.of(r.text());
    Assessor assessor = new Assessor(EmployeeId.of(r.text()), AssessorRole.valueOf(r.text()));
    ModelRevision model = revision(r.text());
    LocalDate on = LocalDate.parse(r.text());
    List<Rating> ratings = list(r, x -> {
      x.open();
      Rating rating = new Rating(CompetencyId.of(x.text()), x.integer(), x.optional(Function.identity()));
      x.close();
      return rating;
    });
    r.close();
    return new Assessment(id, employee, assessor, model, on, ratings);
  }

  private static String writePlan(DevelopmentPlan p) {
    Writer w = new Writer().open().text(p.employee()).text(p.title()).text(p.period().start()).text(p.period().end());
    list(w, p.goals(), (x, g) -> x.open().text(g.goal()).text(g.competency()).text(g.startLevel()).text(g.targetLevel()).close());
    list(w, p.actions(), (x, a) -> {
      x.open().text(a.id()).text(a.kind()).text(a.title()).optional(a.competency()).text(a.due()).text(a.status());
      list(x, a.milestones(), (y, m) -> y.open().text(m.title()).text(m.done()).close());
      x.open();
      a.cost().ifPresent(c -> x.text(c.minorUnits()).text(c.currency()));
      x.close().close();
    });
    return w.close().toString();
  }

  private static DevelopmentPlan readPlan(PlanId id, Reader r) {
    r.open();
    DevelopmentPlan.Builder plan = DevelopmentPlan.builder()
        .id(id)
        .employee(EmployeeId.of(r.text()))
        .title(r.text())
        .period(Period.of(LocalDate.parse(r.text()), LocalDate.parse(r.text())));
    plan.addAllGoals(list(r, x -> {
      x.open();
      DevelopmentGoal g = new DevelopmentGoal(GoalId.of(x.text()), CompetencyId.of(x.text()), x.integer(), x.integer());
      x.close();
      return g;
    }));
    plan.addAllActions(list(r, x -> {
      x.open();
      DevelopmentAction.Builder a = DevelopmentAction.builder()
          .id(ActionId.of(x.text()))
          .kind(ActionKind.valueOf(x.text()))
          .title(x.text())
          .competency(x.optional(CompetencyId::of))
          .due(LocalDate.parse(x.text()))
          .status(ActionStatus.valueOf(x.text()));
      a.addAllMilestones(list(x, y -> {
        y.open();
        Milestone m = new Milestone(y.text(), Boolean.parseBoolean(y.text()));
        y.close();
        return m;
      }));
      x.open();
      if (x.more()) {
        a.cost(Cost.of(Long.parseLong(x.text()), x.text()));
        x.close();
      }
      x.close();
      return a.build();
    }));
    r.close();
    return plan.build();
  }

  private static String writeSession(CoachingSession s) {
    Writer w = new Writer().open().text(s.coach().role()).optional(s.coach().employee()).text(s.coach().name()).text(s.employee()).text(s.heldOn());
    list(w, s.topics(), Writer::text);
    list(w, s.agreed(), (x, a) -> x.open().text(a.kind()).text(a.title()).optional(a.competency()).text(a.due()).close());
    return w.optional(s.followUp()).optional(s.followUpNotes()).close().toString();
  }

  private static CoachingSession readSession(CoachingSessionId id, Reader r) {
    r.open();
    Coach coach = new Coach(CoachRole.valueOf(r.text()), r.optional(EmployeeId::of), r.text());
    CoachingSession.Builder session =
        CoachingSession.builder().id(id).coach(coach).employee(EmployeeId.of(r.text())).heldOn(LocalDate.parse(r.text()));
    session.addAllTopics(list(r, Reader::text));
    session.addAllAgreed(list(r, x -> {
      x.open();
      AgreedAction a = new AgreedAction(ActionKind.valueOf(x.text()), x.text(), x.optional(CompetencyId::of), LocalDate.parse(x.text()));
      x.close();
      return a;
    }));
    session.followUp(r.optional(LocalDate::parse)).followUpNotes(r.optional(Function.identity()));
    r.close();
    return session.build();
  }

  private static String writeSuccession(SuccessionPlan p) {
    Writer w = new Writer().open().text(p.title()).text(p.unit()).optional(p.incumbent()).text(p.impact()).text(p.risk());
    list(w, p.candidates(), (x, c) -> {
      x.open().text(c.employee()).text(c.readiness());
      list(x, c.gapsToClose(), Writer::text);
      x.close();
    });
    return w.optional(p.emergencyCover()).close().toString();
  }

  private static SuccessionPlan readSuccession(PositionId id, Reader r) {
    r.open();
    SuccessionPlan.Builder plan = SuccessionPlan.builder()
        .position(id)
        .title(r.text())
        .unit(OrgUnitId.of(r.text()))
        .incumbent(r.optional(EmployeeId::of))
        .impact(Severity.valueOf(r.text()))
        .risk(Severity.valueOf(r.text()));
    plan.addAllCandidates(list(r, x -> {
      x.open();
      Candidate c = new Candidate(EmployeeId.of(x.text()), Readiness.valueOf(x.text()), list(x, y -> CompetencyId.of(y.text())));
      x.close();
      return c;
    }));
    plan.emergencyCover(r.optional(EmployeeId::of));
    r.close();
    return plan.build();
  }
}
