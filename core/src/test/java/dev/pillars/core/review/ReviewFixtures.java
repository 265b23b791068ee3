package dev.pillars.core.review;

import dev.pillars.core.Period;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Shared values of the review tests. */
final class ReviewFixtures {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T09:00:00Z"), ZoneOffset.UTC);
  static final EmployeeId ANA = EmployeeId.of("ana");
  static final EmployeeId BEN = EmployeeId.of("ben");
  static final EmployeeId CAT = EmployeeId.of("cat");
  static final Period H1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

  static final ReviewTemplate TEMPLATE = ReviewTemplate.builder()
      .id(ReviewTemplateId.of("half-year"))
      .name("Half-year review")
      .scale(RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("poor", "fair", "good", "strong", "outstanding")))
      .putComponents(ReviewTemplate.GOALS, 60.0)
      .putComponents(ReviewTemplate.COMPETENCIES, 30.0)
      .putComponents(ReviewTemplate.FEEDBACK, 10.0)
      .putQuestions(ReviewRole.SELF, List.of(ReviewQuestion.of("proud", "What are you proud of?")))
      .putQuestions(ReviewRole.MANAGER, List.of(ReviewQuestion.of("strengths", "What went well?")))
      .putQuestions(ReviewRole.PEER, List.of())
      .build();

  private ReviewFixtures() {}

  static Clock at(int minute) {
    return Clock.fixed(CLOCK.instant().plusSeconds(60L * minute), ZoneOffset.UTC);
  }

  static ReviewCycle cycle() {
    return ReviewCycle.builder()
        .id(ReviewCycleId.of("2026-h1"))
        .name("2026 first half")
        .period(H1)
        .template(TEMPLATE.id())
        .addParticipants(ANA, BEN)
        .putAllDueDates(Map.of(ReviewRole.SELF, LocalDate.of(2026, 7, 10), ReviewRole.MANAGER, LocalDate.of(2026, 7, 20)))
        .build();
  }

  static Review review(String id, EmployeeId subject, EmployeeId author, ReviewRole role) {
    return Review.builder().id(ReviewId.of(id)).cycle(ReviewCycleId.of("2026-h1")).subject(subject).author(author).role(role).build();
  }
}
