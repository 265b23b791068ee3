package dev.pillars.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.Checks;
import dev.pillars.core.IllegalTransitionException;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the goal lifecycle: legal transitions only, and bad input changes nothing. */
class GoalLifecycleProperties {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T08:00:00Z"), ZoneOffset.UTC);

  private static final Gen<GoalStatus> STATUSES = Generate.enumValues(GoalStatus.class);

  private static final Gen<Goal> GOALS = STATUSES.zip(
      doubles().between(0, 1), integers().between(0, 3), (status, progress, milestonesDone) -> {
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          milestones.add(i < milestonesDone ? Milestone.open("Step " + i).complete() : Milestone.open("Step " + i));
        }
        return Goal.builder()
            .id(GoalId.of("g-" + milestonesDone))
            .title("Goal")
            .owner(GoalOwner.employee(EmployeeId.of("ana")))
            .level(GoalLevel.INDIVIDUAL)
            .period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
            .status(status)
            .measure(milestonesDone % 2 == 0 ? GoalMeasure.manual(progress) : GoalMeasure.milestones(milestones))
            .build();
      });

  /** Doubles that are often outside [0, 1], negative, NaN or infinite. */
  private static final Gen<Double> ANY_NUMBERS = doubles().between(-0.5, 1.5)
      .mix(Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, 1.0)), 30)
      .mix(doubles().any(), 20);

  @Test
  void statusChangesOnlyAlongAllowedTransitions() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();

    qt().withExamples(500).forAll(GOALS, lists().of(STATUSES).ofSizeBetween(1, 12)).checkAssert((start, requests) -> {
      Goal goal = start;
      for (GoalStatus next : requests) {
        Goal before = goal;
        GoalStatus from = before.status();
        if (from.allowedNext().contains(next)) {
          Change<Goal> change = before.transitionTo(next, CLOCK);
          accepted.incrementAndGet();
          assertThat(change.value().status()).isEqualTo(next);
          assertThat(change.events()).containsExactly(new GoalStatusChanged(before.id(), from, next, CLOCK.instant()));
          assertThat(change.value().measure()).isEqualTo(before.measure());
          assertThat(change.value().weight()).isEqualTo(before.weight());
          assertThat(before.status()).isEqualTo(from);
          goal = change.value();
        } else {
          refused.incrementAndGet();
          assertThatThrownBy(() -> before.transitionTo(next, CLOCK))
              .isInstanceOf(IllegalTransitionException.class)
              .hasMessageContaining("cannot move from " + from + " (current) to " + next + " (requested)");
          assertThat(before.status()).isEqualTo(from);
        }
      }
    });

    assertThat(accepted.get()).isGreaterThan(100);
    assertThat(refused.get()).isGreaterThan(100);
  }

  @Test
  void badCheckInsAndWeightsAreRefusedWithInvalidInputAndChangeNothing() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();

    qt().withExamples(1000).forAll(GOALS, ANY_NUMBERS, ANY_NUMBERS, ANY_NUMBERS).checkAssert((goal, p, c, w) -> {
      String before = goal.toString();
      boolean active = goal.status() == GoalStatus.ACTIVE;
      boolean validCheckIn = active && p >= 0 && p <= 1 && c >= 0 && c <= 1;
      try {
        Change<Goal> change = goal.checkIn(p, c, Optional.empty(), CLOCK);
        accepted.incrementAndGet();
        assertThat(validCheckIn).as("accepted check-in %s, %s on %s", p, c, goal.status()).isTrue();
        CheckIn checkIn = ((CheckInRecorded) change.events().get(0)).checkIn();
        // the domain keeps one zero: -0.0 is recorded as 0.0
        assertThat(checkIn.progress()).isEqualTo(Checks.positiveZero(p));
        if (goal.measure() instanceof GoalMeasure.Manual) {
          assertThat(change.value().progress()).hasValue(Checks.positiveZero(p));
        } else {
          assertThat(change.value()).isEqualTo(goal);
        }
      } catch (InvalidInputException e) {
        refused.incrementAndGet();
        assertThat(validCheckIn).as("refused check-in: %s", e.getMessage()).isFalse();
        assertThat(e.field()).isIn("progress", "confidence", "status");
      }
      boolean validWeight = !goal.status().isClosed() && Double.isFinite(w) && w > 0 && w != goal.weight();
      try {
        Change<Goal> change = goal.reweight(w, CLOCK);
        assertThat(validWeight).as("accepted weight %s", w).isTrue();
        assertThat(change.value().weight()).isEqualTo(w);
      } catch (InvalidInputException e) {
        assertThat(validWeight).as("refused weight: %s", e.getMessage()).isFalse();
        assertThat(e.field()).isIn("weight", "status");
      }
      assertThat(goal.toString()).isEqualTo(before);
    });

    assertThat(accepted.get()).isGreaterThan(20);
    assertThat(refused.get()).isGreaterThan(20);
  }
}
