package dev.pillars.persistence.jdbc;

import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.review.GoalRating;
import dev.pillars.core.review.ReviewContent;
import dev.pillars.core.review.ReviewRevision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A review's draft and revisions as JSON trees ({@link JsonTree}): content is {@code {"goals":
 * {"g1": ["4.0", "3.0"]}, "competencies": {"craft": "3.0"}, "answers": {"next": "..."}, "comment":
 * "...", "proposed": "4.0"}}, the last two only when present; a revision is {@code {"number": "2",
 * "content": {...}, "at": "2026-07-01T09:00:00.123456789Z", "actor": "ben", "reason": "..."}}.
 */
final class ReviewJson {
  private ReviewJson() {}

  static Map<String, Object> content(ReviewContent content) {
    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Object> goals = new LinkedHashMap<>();
    content.goals().forEach((goal, r) -> goals.put(goal.value(), List.of(Double.toString(r.rating()), Double.toString(r.weight()))));
    json.put("goals", goals);
    Map<String, Object> competencies = new LinkedHashMap<>();
    content.competencies().forEach((c, r) -> competencies.put(c.value(), Double.toString(r)));
    json.put("competencies", competencies);
    json.put("answers", new LinkedHashMap<String, Object>(content.answers()));
    content.comment().ifPresent(c -> json.put("comment", c));
    if (content.proposedRating().isPresent()) {
      json.put("proposed", Double.toString(content.proposedRating().getAsDouble()));
    }
    return json;
  }

  static ReviewContent content(Object node) {
    String what = "review content JSON";
    Map<String, Object> json = JsonTree.map(what, node);
    TreeMap<GoalId, GoalRating> goals = new TreeMap<>();
    JsonTree.map(what, JsonTree.member(what, json, "goals")).forEach((goal, pair) -> {
      List<Object> numbers = JsonTree.list(what, pair);
      if (numbers.size() != 2) {
        throw new IllegalArgumentException(what + ": expected a rating and a weight for goal " + goal);
      }
      goals.put(GoalId.of(goal), GoalRating.of(JsonTree.number(what, numbers.get(0)), JsonTree.number(what, numbers.get(1))));
    });
    TreeMap<CompetencyId, Double> competencies = new TreeMap<>();
    JsonTree.map(what, JsonTree.member(what, json, "competencies"))
        .forEach((c, r) -> competencies.put(CompetencyId.of(c), JsonTree.number(what, r)));
    TreeMap<String, String> answers = new TreeMap<>();
    JsonTree.map(what, JsonTree.member(what, json, "answers")).forEach((k, a) -> answers.put(k, JsonTree.text(what, a)));
    Object comment = json.get("comment");
    Object proposed = json.get("proposed");
    return new ReviewContent(
        goals,
        competencies,
        answers,
        comment == null ? Optional.empty() : Optional.of(JsonTree.text(what, comment)),
        proposed == null ? OptionalDouble.empty() : OptionalDouble.of(JsonTree.number(what, proposed)));
  }

  static List<Object> revisions(List<ReviewRevision> revisions) {
    List<Object> json = new ArrayList<>();
    for (ReviewRevision r : revisions) {
      Map<String, Object> revision = new LinkedHashMap<>();
      revision.put("number", Integer.toString(r.number()));
      revision.put("content", content(r.content()));
      revision.put("at", r.at().toString());
      revision.put("actor", r.actor().value());
      r.reason().ifPresent(reason -> revision.put("reason", reason));
      json.add(revision);
    }
    return json;
  }

  static List<ReviewRevision> revisions(Object node) {
    String what = "review revisions JSON";
    List<ReviewRevision> revisions = new ArrayList<>();
    for (Object item : JsonTree.list(what, node)) {
      Map<String, Object> r = JsonTree.map(what, item);
      Object reason = r.get("reason");
      revisions.add(new ReviewRevision(
          Integer.parseInt(JsonTree.text(what, JsonTree.member(what, r, "number"))),
          content(JsonTree.member(what, r, "content")),
          Instant.parse(JsonTree.text(what, JsonTree.member(what, r, "at"))),
          EmployeeId.of(JsonTree.text(what, JsonTree.member(what, r, "actor"))),
          reason == null ? Optional.empty() : Optional.of(JsonTree.text(what, reason))));
    }
    return revisions;
  }
}
