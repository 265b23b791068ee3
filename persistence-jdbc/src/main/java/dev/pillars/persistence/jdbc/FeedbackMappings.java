package dev.pillars.persistence.jdbc;

import static dev.pillars.persistence.jdbc.JsonTree.list;
import static dev.pillars.persistence.jdbc.JsonTree.map;
import static dev.pillars.persistence.jdbc.JsonTree.number;
import static dev.pillars.persistence.jdbc.JsonTree.readNumber;
import static dev.pillars.persistence.jdbc.JsonTree.readNumbers;
import static dev.pillars.persistence.jdbc.JsonTree.writeNumbers;
import static dev.pillars.persistence.jdbc.JsonTree.object;
import static dev.pillars.persistence.jdbc.JsonTree.optional;
import static dev.pillars.persistence.jdbc.JsonTree.text;

import dev.pillars.core.Period;
import dev.pillars.core.anonymity.AnonymityThreshold;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.feedback.FeedbackLink;
import dev.pillars.core.feedback.FeedbackRequest;
import dev.pillars.core.feedback.FeedbackRequestId;
import dev.pillars.core.feedback.FeedbackVisibility;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.feedback.RaterGroup;
import dev.pillars.core.feedback.Rating;
import dev.pillars.core.feedback.RespondentStatus;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.oneonone.ActionItem;
import dev.pillars.core.oneonone.AgendaItem;
import dev.pillars.core.oneonone.Note;
import dev.pillars.core.oneonone.NoteVisibility;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.oneonone.OneOnOneId;
import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.survey.Survey;
import dev.pillars.core.survey.SurveyId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The feedback pillar's aggregates as rows: a few columns for queries and erasure, the rest as JSON
 * text in {@code body} (see {@link JsonTree}), and in {@code named} every employee the row names
 * between {@code |}, except an anonymous giver, whom only {@code feedback_anonymous_givers} holds.
 */
final class FeedbackMappings {
  private FeedbackMappings() {}

  /** Returns the {@code named} text of employees: {@code |a|b|}. */
  static String named(Collection<EmployeeId> employees) {
    StringBuilder named = new StringBuilder("|");
    new TreeSet<>(employees).forEach(e -> named.append(e.value()).append('|'));
    return named.toString();
  }

  static Object scale(RatingScale scale) {
    List<Object> levels = new ArrayList<>();
    for (RatingLevel level : scale.levels()) {
      levels.add(List.of(number(level.value()), level.label()));
    }
    return levels;
  }

  static RatingScale scale(Object tree) {
    List<RatingLevel> levels = new ArrayList<>();
    for (Object level : (List<?>) tree) {
      List<?> pair = (List<?>) level;
      levels.add(RatingLevel.of(readNumber(pair.get(0)), (String) pair.get(1)));
    }
    return new RatingScale(levels);
  }

  static Object questions(List<Question> questions) {
    List<Object> list = new ArrayList<>();
    for (Question question : questions) {
      Map<String, Object> q = object();
      q.put("text", question.text());
      question.scale().ifPresent(s -> q.put("scale", scale(s)));
      list.add(q);
    }
    return list;
  }

  static List<Question> questions(Object tree) {
    List<Question> questions = new ArrayList<>();
    for (Object q : (List<?>) tree) {
      Map<?, ?> m = (Map<?, ?>) q;
      questions.add(new Question((String) m.get("text"), m.containsKey("scale") ? Optional.of(scale(m.get("scale"))) : Optional.empty()));
    }
    return questions;
  }

  static List<String> ids(Collection<EmployeeId> ids) {
    return ids.stream().map(EmployeeId::value).sorted().toList();
  }

  static Set<EmployeeId> ids(Object tree) {
    Set<EmployeeId> ids = new LinkedHashSet<>();
    ((List<?>) tree).forEach(id -> ids.add(EmployeeId.of((String) id)));
    return ids;
  }

  static List<Object> responses(List<List<Double>> responses) {
    return responses.stream().map(r -> (Object) writeNumbers(r)).toList();
  }

  static List<List<Double>> responses(Object tree) {
    return ((List<?>) tree).stream().map(JsonTree::readNumbers).toList();
  }

  /** Feedback: columns for receiver, giver (NULL when anonymous) and the rest. */
  static final class FeedbackMapping extends Mapping<FeedbackId, Feedback> {
    static final FeedbackMapping INSTANCE = new FeedbackMapping();

    private FeedbackMapping() {
      super("Feedback", "FeedbackRepository", "feedback",
          List.of("kind", "receiver", "giver", "anonymous", "visibility", "given_at", "withdrawn_at", "named", "body"));
    }

    @Override
    FeedbackId idOf(Feedback feedback) {
      return feedback.id();
    }

    @Override
    List<EmployeeId> employeesNamedBy(Feedback feedback) {
      return List.of(feedback.giver(), feedback.receiver());
    }

    @Override
    String key(FeedbackId id) {
      return id.value();
    }

    /** Reads the giver of anonymous feedback from its own table, in the select list only. */
    @Override
    String selected(String column, String table, UnaryOperator<String> tables) {
      if (!column.equals("giver")) {
        return column;
      }
      String givers = tables.apply("feedback_anonymous_givers");
      return "COALESCE(" + table + ".giver, (SELECT g.giver FROM " + givers + " g WHERE g.tenant = " + table
          + ".tenant AND g.feedback_id = " + table + ".id))";
    }

    @Override
    void bind(PreparedStatement s, int first, Feedback f) throws SQLException {
      int i = first;
      s.setString(i++, f.kind().name());
      s.setString(i++, f.receiver().value());
      s.setString(i++, f.visibleGiver().map(EmployeeId::value).orElse(null));
      s.setBoolean(i++, f.anonymous());
      s.setString(i++, f.visibility().name());
      s.setString(i++, f.givenAt().toString());
      s.setString(i++, f.withdrawnAt().map(Instant::toString).orElse(null));
      List<EmployeeId> named = new ArrayList<>(List.of(f.receiver()));
      f.visibleGiver().ifPresent(named::add);
      s.setString(i++, named(named));
      Map<String, Object> body = object();
      body.put("text", f.text());
      f.link().ifPresent(link -> body.put("link", link(link)));
      f.scale().ifPresent(scale -> body.put("scale", scale(scale)));
      body.put("ratings", f.ratings().stream().map(r -> (Object) List.of(r.criterion(), number(r.value()))).toList());
      f.request().ifPresent(r -> body.put("request", r.value()));
      s.setString(i, JsonTree.write(body));
    }

    private static Object link(FeedbackLink link) {
      if (link instanceof FeedbackLink.ToGoal goal) {
        return List.of("goal", goal.goal().value());
      }
      if (link instanceof FeedbackLink.ToCompetency competency) {
        return List.of("competency", competency.competency().value());
      }
      return List.of("value", ((FeedbackLink.ToValue) link).value().value());
    }

    private static FeedbackLink link(Object tree) {
      List<?> pair = (List<?>) tree;
      String id = (String) pair.get(1);
      switch ((String) pair.get(0)) {
        case "goal":
          return FeedbackLink.goal(GoalId.of(id));
        case "competency":
          return FeedbackLink.competency(CompetencyId.of(id));
        case "value":
          return FeedbackLink.value(CompanyValueId.of(id));
        default:
          throw new IllegalArgumentException("unknown link kind " + pair.get(0));
      }
    }

    @Override
    Feedback read(String id, ResultSet r, int first) throws SQLException {
      int i = first;
      Feedback.Builder f = Feedback.builder().id(FeedbackId.of(id)).kind(FeedbackKind.valueOf(r.getString(i++)))
          .receiver(EmployeeId.of(r.getString(i++))).giver(EmployeeId.of(r.getString(i++))).anonymous(r.getBoolean(i++))
          .visibility(FeedbackVisibility.valueOf(r.getString(i++))).givenAt(Instant.parse(r.getString(i++)));
      String withdrawn = r.getString(i++);
      if (withdrawn != null) {
        f.withdrawnAt(Instant.parse(withdrawn));
      }
      i++; // named
      Object body = JsonTree.read("feedback body JSON", r.getString(i));
      f.text(text(body, "text"));
      if (body instanceof Map<?, ?> m) {
        if (m.containsKey("link")) {
          f.link(link(m.get("link")));
        }
        if (m.containsKey("scale")) {
          f.scale(scale(m.get("scale")));
        }
      }
      for (Object rating : list(body, "ratings")) {
        List<?> pair = (List<?>) rating;
        f.addRatings(new Rating((String) pair.get(0), readNumber(pair.get(1))));
      }
      optional(body, "request").ifPresent(req -> f.request(FeedbackRequestId.of(req)));
      return f.build();
    }
  }

  /** Feedback requests. */
  static final class RequestMapping extends Mapping<FeedbackRequestId, FeedbackRequest> {
    static final RequestMapping INSTANCE = new RequestMapping();

    private RequestMapping() {
      super("FeedbackRequest", "FeedbackRequestRepository", "feedback_requests", List.of("subject", "named", "body"));
    }

    @Override
    FeedbackRequestId idOf(FeedbackRequest request) {
      return request.id();
    }

    @Override
    List<EmployeeId> employeesNamedBy(FeedbackRequest request) {
      List<EmployeeId> named = new ArrayList<>(List.of(request.requester(), request.subject()));
      named.addAll(request.respondents().keySet());
      return named;
    }

    @Override
    String key(FeedbackRequestId id) {
      return id.value();
    }

    @Override
    void bind(PreparedStatement s, int first, FeedbackRequest q) throws SQLException {
      s.setString(first, q.subject().value());
      s.setString(first + 1, named(employeesNamedBy(q)));
      Map<String, Object> body = object();
      body.put("requester", q.requester().value());
      body.put("questions", questions(q.questions()));
      body.put("due", q.dueDate().toString());
      body.put("reminders", q.reminderDaysBefore().stream().map(String::valueOf).toList());
      Map<String, Object> respondents = new TreeMap<>();
      q.respondents().forEach((who, status) -> respondents.put(who.value(), status.name()));
      body.put("respondents", respondents);
      s.setString(first + 2, JsonTree.write(body));
    }

    @Override
    FeedbackRequest read(String id, ResultSet r, int first) throws SQLException {
      EmployeeId subject = EmployeeId.of(r.getString(first));
      Object body = JsonTree.read("feedback request body JSON", r.getString(first + 2));
      Map<EmployeeId, RespondentStatus> respondents = new TreeMap<>();
      map(body, "respondents").forEach((who, status) -> respondents.put(EmployeeId.of((String) who), RespondentStatus.valueOf((String) status)));
      return new FeedbackRequest(
          FeedbackRequestId.of(id), EmployeeId.of(text(body, "requester")), subject, questions(JsonTree.member(body, "questions")),
          LocalDate.parse(text(body, "due")), list(body, "reminders").stream().map(d -> Integer.valueOf((String) d)).toList(),
          respondents);
    }
  }

  /** 360 rounds: answers per group, sorted, apart from who answered. */
  static final class RoundMapping extends Mapping<ThreeSixtyRoundId, ThreeSixtyRound> {
    static final RoundMapping INSTANCE = new RoundMapping();

    private RoundMapping() {
      super("ThreeSixtyRound", "ThreeSixtyRoundRepository", "three_sixty_rounds", List.of("subject", "named", "body"));
    }

    @Override
    ThreeSixtyRoundId idOf(ThreeSixtyRound round) {
      return round.id();
    }

    @Override
    List<EmployeeId> employeesNamedBy(ThreeSixtyRound round) {
      List<EmployeeId> named = new ArrayList<>(List.of(round.subject()));
      round.raters().values().forEach(named::addAll);
      return named;
    }

    @Override
    String key(ThreeSixtyRoundId id) {
      return id.value();
    }

    @Override
    void bind(PreparedStatement s, int first, ThreeSixtyRound round) throws SQLException {
      s.setString(first, round.subject().value());
      s.setString(first + 1, named(employeesNamedBy(round)));
      Map<String, Object> body = object();
      Map<String, Object> raters = new LinkedHashMap<>();
      round.raters().forEach((group, members) -> raters.put(group.name(), ids(members)));
      body.put("raters", raters);
      body.put("questions", questions(round.questions()));
      body.put("closes", round.closesOn().toString());
      body.put("k", String.valueOf(round.threshold().k()));
      body.put("answered", ids(round.answered()));
      Map<String, Object> answers = new LinkedHashMap<>();
      round.answers().forEach((group, responses) -> answers.put(group.name(), responses(responses)));
      body.put("answers", answers);
      s.setString(first + 2, JsonTree.write(body));
    }

    @Override
    ThreeSixtyRound read(String id, ResultSet r, int first) throws SQLException {
      EmployeeId subject = EmployeeId.of(r.getString(first));
      Object body = JsonTree.read("360 round body JSON", r.getString(first + 2));
      Map<RaterGroup, Set<EmployeeId>> raters = new EnumMap<>(RaterGroup.class);
      map(body, "raters").forEach((group, members) -> raters.put(RaterGroup.valueOf((String) group), ids(members)));
      Map<RaterGroup, List<List<Double>>> answers = new EnumMap<>(RaterGroup.class);
      map(body, "answers").forEach((group, responses) -> answers.put(RaterGroup.valueOf((String) group), responses(responses)));
      return new ThreeSixtyRound(
          ThreeSixtyRoundId.of(id), subject, raters, questions(JsonTree.member(body, "questions")),
          LocalDate.parse(text(body, "closes")), AnonymityThreshold.of(Integer.parseInt(text(body, "k"))),
          ids(JsonTree.member(body, "answered")), answers);
    }
  }

  /** 1:1s, with their notes. */
  static final class OneOnOneMapping extends Mapping<OneOnOneId, OneOnOne> {
    static final OneOnOneMapping INSTANCE = new OneOnOneMapping();

    private OneOnOneMapping() {
      super("OneOnOne", "OneOnOneRepository", "one_on_ones", List.of("manager", "report", "named", "body"));
    }

    @Override
    OneOnOneId idOf(OneOnOne meeting) {
      return meeting.id();
    }

    @Override
    List<EmployeeId> employeesNamedBy(OneOnOne meeting) {
      return List.of(meeting.manager(), meeting.report());
    }

    @Override
    String key(OneOnOneId id) {
      return id.value();
    }

    @Override
    void bind(PreparedStatement s, int first, OneOnOne m) throws SQLException {
      s.setString(first, m.manager().value());
      s.setString(first + 1, m.report().value());
      s.setString(first + 2, named(employeesNamedBy(m)));
      Map<String, Object> body = object();
      body.put("date", m.date().toString());
      body.put("agenda", m.agenda().stream().map(a -> (Object) List.of(a.text(), a.addedBy().value())).toList());
      body.put("notes", m.notes().stream().map(n -> (Object) List.of(n.author().value(), n.visibility().name(), n.text())).toList());
      body.put("actions", m.actions().stream()
          .map(a -> (Object) List.of(a.text(), a.owner().value(), a.due().toString(), String.valueOf(a.done()))).toList());
      body.put("held", String.valueOf(m.held()));
      s.setString(first + 3, JsonTree.write(body));
    }

    @Override
    OneOnOne read(String id, ResultSet r, int first) throws SQLException {
      Object body = JsonTree.read("1:1 body JSON", r.getString(first + 3));
      List<AgendaItem> agenda = list(body, "agenda").stream().map(t -> {
        List<?> a = (List<?>) t;
        return new AgendaItem((String) a.get(0), EmployeeId.of((String) a.get(1)));
      }).toList();
      List<Note> notes = list(body, "notes").stream().map(t -> {
        List<?> n = (List<?>) t;
        return new Note(EmployeeId.of((String) n.get(0)), NoteVisibility.valueOf((String) n.get(1)), (String) n.get(2));
      }).toList();
      List<ActionItem> actions = list(body, "actions").stream().map(t -> {
        List<?> a = (List<?>) t;
        return new ActionItem((String) a.get(0), EmployeeId.of((String) a.get(1)), LocalDate.parse((String) a.get(2)), Boolean.parseBoolean((String) a.get(3)));
      }).toList();
      return new OneOnOne(OneOnOneId.of(id), EmployeeId.of(r.getString(first)), EmployeeId.of(r.getString(first + 1)),
          LocalDate.parse(text(body, "date")), agenda, notes, actions, Boolean.parseBoolean(text(body, "held")));
    }
  }

  /** Surveys: responses per segment, sorted, apart from who responded. */
  static final class SurveyMapping extends Mapping<SurveyId, Survey> {
    static final SurveyMapping INSTANCE = new SurveyMapping();

    private SurveyMapping() {
      super("Survey", "SurveyRepository", "surveys", List.of("named", "body"));
    }

    @Override
    SurveyId idOf(Survey survey) {
      return survey.id();
    }

    @Override
    List<EmployeeId> employeesNamedBy(Survey survey) {
      return List.copyOf(survey.population());
    }

    @Override
    String key(SurveyId id) {
      return id.value();
    }

    @Override
    void bind(PreparedStatement s, int first, Survey survey) throws SQLException {
      s.setString(first, named(survey.population()));
      Map<String, Object> body = object();
      body.put("title", survey.title());
      body.put("questions", questions(survey.questions()));
      survey.enpsQuestion().ifPresent(q -> body.put("enps", String.valueOf(q)));
      body.put("population", ids(survey.population()));
      body.put("start", survey.window().start().toString());
      body.put("end", survey.window().end().toString());
      body.put("k", String.valueOf(survey.threshold().k()));
      body.put("respondents", ids(survey.respondents()));
      Map<String, Object> answers = new LinkedHashMap<>();
      survey.answers().forEach((segment, responses) -> answers.put(segment, responses(responses)));
      body.put("answers", answers);
      s.setString(first + 1, JsonTree.write(body));
    }

    @Override
    Survey read(String id, ResultSet r, int first) throws SQLException {
      Object body = JsonTree.read("survey body JSON", r.getString(first + 1));
      Map<String, List<List<Double>>> answers = new TreeMap<>();
      map(body, "answers").forEach((segment, responses) -> answers.put((String) segment, responses(responses)));
      return new Survey(
          SurveyId.of(id), text(body, "title"), questions(JsonTree.member(body, "questions")),
          optional(body, "enps").map(Integer::valueOf), ids(JsonTree.member(body, "population")),
          Period.of(LocalDate.parse(text(body, "start")), LocalDate.parse(text(body, "end"))),
          AnonymityThreshold.of(Integer.parseInt(text(body, "k"))), ids(JsonTree.member(body, "respondents")), answers);
    }
  }
}
