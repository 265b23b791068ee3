package dev.pillars.persistence.jdbc;

import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.CompositeRule;
import dev.pillars.core.review.MissingComponentPolicy;
import dev.pillars.core.review.ReviewQuestion;
import dev.pillars.core.review.ReviewRole;
import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Review templates as rows of the {@code review_templates} table: the scale as a JSON array of
 * {@code [value, label]} pairs, the components and the composite's parameters as JSON objects, the
 * questions as a JSON object of roles to arrays of {@code [key, text]} pairs.
 */
final class ReviewTemplateMapping extends Mapping<ReviewTemplateId, ReviewTemplate> {
  static final ReviewTemplateMapping INSTANCE = new ReviewTemplateMapping();

  private ReviewTemplateMapping() {
    super(
        "ReviewTemplate",
        "ReviewTemplateRepository",
        "review_templates",
        List.of("name", "scale", "components", "composite_strategy", "composite_parameters", "missing_components", "questions"));
  }

  @Override
  ReviewTemplateId idOf(ReviewTemplate template) {
    return template.id();
  }

  @Override
  String key(ReviewTemplateId id) {
    return id.value();
  }

  @Override
  void bind(PreparedStatement s, int first, ReviewTemplate template) throws SQLException {
    int i = first;
    s.setString(i++, template.name());
    List<Object> scale = new ArrayList<>();
    template.scale().levels().forEach(l -> scale.add(List.of(Double.toString(l.value()), l.label())));
    s.setString(i++, JsonTree.write(scale));
    Map<String, Object> components = new LinkedHashMap<>();
    new TreeMap<>(template.components()).forEach((name, weight) -> components.put(name, Double.toString(weight)));
    s.setString(i++, JsonTree.write(components));
    s.setString(i++, template.composite().strategy());
    s.setString(i++, JsonTree.write(new LinkedHashMap<String, Object>(template.composite().parameters())));
    s.setString(i++, template.missingComponents().name());
    Map<String, Object> questions = new LinkedHashMap<>();
    template.questions().forEach((role, list) -> {
      List<Object> pairs = new ArrayList<>();
      list.forEach(q -> pairs.add(List.of(q.key(), q.text())));
      questions.put(role.name(), pairs);
    });
    s.setString(i, JsonTree.write(questions));
  }

  @Override
  ReviewTemplate read(String id, ResultSet r, int first) throws SQLException {
    int i = first;
    ReviewTemplate.Builder template = ReviewTemplate.builder().id(ReviewTemplateId.of(id)).name(r.getString(i++));
    String what = "review template JSON";
    List<RatingLevel> levels = new ArrayList<>();
    for (Object pair : JsonTree.list(what, JsonTree.read(what, r.getString(i++)))) {
      List<Object> level = JsonTree.list(what, pair);
      levels.add(RatingLevel.of(JsonTree.number(what, level.get(0)), JsonTree.text(what, level.get(1))));
    }
    template.scale(new RatingScale(levels));
    JsonTree.map(what, JsonTree.read(what, r.getString(i++)))
        .forEach((name, weight) -> template.putComponents(name, JsonTree.number(what, weight)));
    String strategy = r.getString(i++);
    Map<String, String> parameters = new TreeMap<>();
    JsonTree.map(what, JsonTree.read(what, r.getString(i++))).forEach((k, v) -> parameters.put(k, JsonTree.text(what, v)));
    template.composite(CompositeRule.of(strategy, parameters));
    template.missingComponents(MissingComponentPolicy.valueOf(r.getString(i++)));
    JsonTree.map(what, JsonTree.read(what, r.getString(i))).forEach((role, pairs) -> {
      List<ReviewQuestion> questions = new ArrayList<>();
      for (Object pair : JsonTree.list(what, pairs)) {
        List<Object> q = JsonTree.list(what, pair);
        questions.add(ReviewQuestion.of(JsonTree.text(what, q.get(0)), JsonTree.text(what, q.get(1))));
      }
      template.putQuestions(ReviewRole.valueOf(role), questions);
    });
    return template.build();
  }
}
