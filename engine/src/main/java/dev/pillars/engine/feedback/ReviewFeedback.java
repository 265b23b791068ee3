package dev.pillars.engine.feedback;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Period;
import dev.pillars.core.anonymity.GroupSummary;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.review.FeedbackSource;
import dev.pillars.persistence.spi.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The feedback pillar as reviews read it. {@link #received} tells whether standing feedback reached
 * a person with a day given in the period, or a 360 round about them closing in the period has an
 * answer from someone else; {@link #score} is the mean, over the person's 360 rounds
 * that closed in the period and whose anonymous total is shown, of that total's mean answer per
 * question, each mapped linearly from its question's scale onto the review's.
 */
final class ReviewFeedback implements FeedbackSource {
  private final Call call;
  private final RatingScale scale;

  ReviewFeedback(Call call, RatingScale scale) {
    this.call = call;
    this.scale = scale;
  }

  @Override
  public boolean received(EmployeeId employee, Period period) {
    requireNonNull(employee, "employee");
    requireNonNull(period, "period");
    return call.read(scope -> {
      scope.require(Action.VIEW_CADENCE, Resource.ofEmployee("feedback received", employee));
      try (Stream<Versioned<Feedback>> received = scope.repositories().feedback().streamByReceiver(employee)) {
        if (received.map(Versioned::value)
            .anyMatch(f -> !f.isWithdrawn() && period.contains(LocalDate.ofInstant(f.givenAt(), call.clock().getZone())))) {
          return true;
        }
      }
      try (Stream<Versioned<ThreeSixtyRound>> rounds = scope.repositories().threeSixtyRounds().stream()) {
        return rounds.map(Versioned::value).anyMatch(r -> r.subject().equals(employee) && period.contains(r.closesOn())
            && r.answered().stream().anyMatch(rater -> !rater.equals(employee)));
      }
    });
  }

  @Override
  public OptionalDouble score(EmployeeId employee, Period period) {
    requireNonNull(employee, "employee");
    requireNonNull(period, "period");
    LocalDate today = LocalDate.now(call.clock());
    return call.read(scope -> {
      scope.require(Action.VIEW_THREE_SIXTY, Resource.ofEmployee("360 results", employee));
      List<ThreeSixtyRound> rounds;
      try (Stream<Versioned<ThreeSixtyRound>> all = scope.repositories().threeSixtyRounds().stream()) {
        rounds = all.map(Versioned::value)
            .filter(r -> r.subject().equals(employee) && period.contains(r.closesOn()))
            .collect(Collectors.toList());
      }
      return rounds.stream()
          .flatMap(r -> r.results(today).anonymous().total().summary().map(s -> onScale(r.questions(), s)).stream())
          .mapToDouble(Double::doubleValue)
          .average();
    });
  }

  private double onScale(List<Question> questions, GroupSummary total) {
    double low = scale.lowest().value();
    double high = scale.highest().value();
    double sum = 0;
    for (int q = 0; q < questions.size(); q++) {
      RatingScale from = questions.get(q).scale().orElseThrow();
      double share = (total.means().get(q) - from.lowest().value()) / (from.highest().value() - from.lowest().value());
      sum += low + share * (high - low);
    }
    return sum / questions.size();
  }

  @Override
  public String toString() {
    return "FeedbackSource[feedback pillar of " + call.tenant().value() + " on " + scale + "]";
  }
}
