package dev.pillars.persistence.tck;

import dev.pillars.core.Period;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.CompositeRule;
import dev.pillars.core.review.CycleStatus;
import dev.pillars.core.review.MissingComponentPolicy;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewContent;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewId;
import dev.pillars.core.review.ReviewPhase;
import dev.pillars.core.review.ReviewQuestion;
import dev.pillars.core.review.ReviewRole;
import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Valid, varied review templates, cycles and reviews for the kit. */
final class TckReviews {
  /** A template that asks every role, on a scale of 1 to 5; reviews of the kit are written on it. */
  static final ReviewTemplate ALL_ROLES = allRoles();

  private TckReviews() {}

  private static ReviewTemplate allRoles() {
    ReviewTemplate.Builder builder = ReviewTemplate.builder()
        .id(ReviewTemplateId.of("tpl-all"))
        .name("Every role")
        .scale(RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("1", "2", "3", "4", "5")))
        .putComponents(ReviewTemplate.GOALS, 1.0);
    for (ReviewRole role : ReviewRole.values()) {
      builder.putQuestions(role, List.of(ReviewQuestion.of("next", "What next?")));
    }
    return builder.build();
  }

  static EmployeeId person(int n) {
    return EmployeeId.of("person-" + n);
  }

  /** Returns a clock {@code n} seconds and some nanoseconds after the kit's first instant. */
  static Clock clock(int n) {
    return Clock.fixed(TckData.INSTANT_0.plusSeconds(n).plusNanos(123_456_789L + n), ZoneOffset.UTC);
  }

  /**
   * The aggregates made so far, by kind, id and variant: they are immutable, and the kit asks for
   * the same few again and again, so each is built once.
   */
  private static final Map<String, Object> MADE = new ConcurrentHashMap<>();

  private static <T> T made(String kind, Object id, int variant, Class<T> type, Supplier<T> make) {
    String key = kind + "/" + id + "/" + variant;
    Object found = MADE.get(key);
    if (found == null) {
      found = make.get();
      MADE.putIfAbsent(key, found);
    }
    return type.cast(found);
  }

  static ReviewTemplate template(ReviewTemplateId id, int variant) {
    return made("template", id, variant, ReviewTemplate.class, () -> makeTemplate(id, variant));
  }

  static ReviewCycle cycle(ReviewCycleId id, int variant) {
    return made("cycle", id, variant, ReviewCycle.class, () -> makeCycle(id, variant));
  }

  static Review review(ReviewId id, int variant) {
    return made("review", id, variant, Review.class, () -> makeReview(id, variant));
  }

  private static ReviewTemplate makeTemplate(ReviewTemplateId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    List<Double> values = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < 2 + v % 4; i++) {
      values.add(i == 0 && v % 2 == 1 ? -0.5 : i * (1 + v % 3) * 0.5 + (v % 2));
      labels.add("niveau " + i + (i == 1 ? " — «très bien» 🌟" : ""));
    }
    ReviewTemplate.Builder builder = ReviewTemplate.builder()
        .id(id)
        .name("Template " + id + " variant " + v)
        .scale(RatingScale.of(values, labels))
        .putComponents(ReviewTemplate.GOALS, 60.0 + v % 7)
        .putComponents(ReviewTemplate.COMPETENCIES, 0.25 * (v % 5))
        .missingComponents(MissingComponentPolicy.values()[v % 3]);
    if (v % 2 == 0) {
      builder.putComponents(ReviewTemplate.FEEDBACK, 10.0);
    }
    if (v % 3 == 1) {
      builder.composite(CompositeRule.of(CompositeRule.WEIGHTED_COMPONENTS, Map.of("factor", "5")));
    } else if (v % 3 == 2) {
      builder.composite(CompositeRule.of("formula", Map.of("expression", "0.6 * goals + 0.4 * competencies")));
    }
    for (ReviewRole role : ReviewRole.values()) {
      if (v == 0 || (v + role.ordinal()) % 3 != 0) {
        builder.putQuestions(role, role.ordinal() % 2 == 0
            ? List.of(ReviewQuestion.of("q-" + role.ordinal(), "What went well, " + role + "?"),
                ReviewQuestion.of("next", "What next?"))
            : List.of());
      }
    }
    return builder.build();
  }

  private static ReviewCycle makeCycle(ReviewCycleId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    LocalDate start = TckData.day(v % 40);
    ReviewCycle.Builder builder = ReviewCycle.builder()
        .id(id)
        .name("Cycle " + id + " ‘variant’ " + v)
        .period(Period.of(start, start.plusDays(30 + v % 150)))
        .template(ReviewTemplateId.of("tpl-" + v % 3));
    for (int i = 0; i <= v % 4; i++) {
      builder.addParticipants(person(v % 3 + i));
    }
    if (v % 2 == 0) {
      builder.putDueDates(ReviewRole.SELF, start.plusDays(40));
    }
    if (v % 3 != 1) {
      builder.putDueDates(ReviewRole.MANAGER, start.plusDays(50 + v % 9));
    }
    ReviewCycle cycle = builder.build();
    ReviewPhase target = ReviewPhase.values()[v % ReviewPhase.values().length];
    while (cycle.phase() != target) {
      boolean open = (v + cycle.phase().ordinal()) % 2 == 0 && cycle.phase() == ReviewPhase.GOAL_SETTING;
      CycleStatus status = CycleStatus.of(cycle, List.of(), open ? Set.of() : cycle.participants(), Set.of(), start);
      cycle = open
          ? cycle.advanceOverriding(status, person(9), "HR closes goal setting, variant " + v, clock(v)).value()
          : cycle.advance(status, clock(v)).value();
    }
    return cycle;
  }

  static ReviewContent content(int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    ReviewContent content = ReviewContent.empty()
        .withGoal(GoalId.of("goal-" + v % 5), 1 + v % 5, 0.5 + v % 3)
        .withCompetency(CompetencyId.of("craft"), 1 + (v + 2) % 5);
    if (v % 2 == 0) {
      content = content.withGoal(GoalId.of("goal-x"), 3, 2).withProposedRating(1 + (v + 1) % 5);
    }
    if (v % 3 == 0) {
      content = content.withComment("Comment " + v + " with \"quotes\", a \\ and\na new line 🚀");
    }
    return content;
  }

  private static Review makeReview(ReviewId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    ReviewRole role = ReviewRole.values()[v % 4];
    EmployeeId subject = person(v % 5);
    Review review = Review.builder()
        .id(id)
        .cycle(ReviewCycleId.of("cycle-" + v % 3))
        .subject(subject)
        .author(role == ReviewRole.SELF ? subject : person(7 + v % 2))
        .role(role)
        .build();
    int status = (v / 4) % 4;
    if (status >= 1) {
      ReviewContent draft = content(v);
      if (v % 8 < 4) {
        draft = draft.withAnswer("next", "More of the same, variant " + v);
      }
      review = review.edit(ALL_ROLES, draft, clock(v)).value();
    }
    if (status >= 2) {
      review = review.submit(ALL_ROLES, clock(v + 1)).value();
      for (int a = 0; a < (v / 16) % 3; a++) {
        review = review.amend(ALL_ROLES, content(v + a + 1).withComment("Amended " + a), person(9), "Correction " + a, clock(v + 2 + a)).value();
      }
    }
    if (status == 3) {
      review = review.acknowledge(clock(v + 10)).value();
    }
    return review;
  }
}
