package dev.pillars.core.recognition;

import static dev.pillars.core.recognition.Recognitions.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of a points budget against a model: spending never goes past the allowance, refunds
 * never below zero, every accepted change says so in its event, and a refused one throws.
 */
class PointsBudgetProperties {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final RecognitionId R = RecognitionId.of("r1");

  private static PointsBudget budget(long allowance) {
    return PointsBudget.of(PointsBudgetId.of("b1"), EmployeeId.of("ana"), YEAR, allowance);
  }

  @Test
  void spendingAndRefundingFollowTheModelAndNeverLeaveTheAllowance() {
    // each step: positive = spend that many points, negative = refund, 0 = a refused zero
    qt().forAll(longs().between(0, 500), lists().of(integers().between(-120, 120)).ofSizeBetween(0, 40))
        .check((allowance, steps) -> {
          PointsBudget budget = budget(allowance);
          long spent = 0;
          for (int step : steps) {
            long points = Math.abs((long) step);
            boolean spend = step > 0;
            boolean fits = points >= 1 && (spend ? spent + points <= allowance : points <= spent);
            try {
              Change<PointsBudget> change = spend ? budget.spend(R, points, CLOCK) : budget.refund(R, points, CLOCK);
              if (!fits) {
                return false;
              }
              spent += spend ? points : -points;
              budget = change.value();
              long remaining = spend
                  ? change.event(PointsSpent.class).orElseThrow().remaining()
                  : change.event(PointsRefunded.class).orElseThrow().remaining();
              if (remaining != allowance - spent) {
                return false;
              }
            } catch (InvalidInputException refused) {
              if (fits) {
                return false;
              }
            }
            if (budget.spent() != spent || budget.remaining() != allowance - spent) {
              return false;
            }
          }
          return budget.spent() >= 0 && budget.spent() <= budget.allowance();
        });
  }

  @Test
  void anOverspendNamesThePointsLeft() {
    PointsBudget budget = budget(100).spend(R, 90, CLOCK).value();
    assertThatThrownBy(() -> budget.spend(R, 11, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("points was 11: must not exceed the 10 points left of budget b1 (allowance 100)");
    assertThat(budget.spend(R, 10, CLOCK).value().remaining()).isZero();
  }

  @Test
  void badBudgetsAreRefused() {
    EmployeeId ana = EmployeeId.of("ana");
    PointsBudgetId id = PointsBudgetId.of("b1");
    assertThatThrownBy(() -> PointsBudget.of(id, ana, YEAR, -1)).hasMessage("allowance was -1: must be between 0 and 1000000000");
    assertThatThrownBy(() -> new PointsBudget(id, ana, YEAR, 10, 11)).hasMessage("spent was 11: must be between 0 and the allowance 10");
    assertThatThrownBy(() -> new PointsBudget(id, ana, YEAR, 10, -1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> PointsBudget.of(null, ana, YEAR, 1)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> budget(5).spend(R, 0, CLOCK)).hasMessage("points was 0: must be at least 1");
  }

  @Test
  void allottingAnnouncesTheBudgetAndTheGiverCanBeReplaced() {
    PointsBudget budget = budget(50);
    assertThat(PointsBudget.allot(budget, CLOCK).event(PointsBudgetAllotted.class))
        .contains(new PointsBudgetAllotted(budget, CLOCK.instant()));
    assertThat(budget.covers(LocalDate.of(2026, 3, 1))).isTrue();
    assertThat(budget.covers(LocalDate.of(2027, 1, 1))).isFalse();
    PointsBudget renamed = budget.withGiver(EmployeeId.of("erased-1"));
    assertThat(List.of(renamed.giver(), renamed.allowance())).containsExactly(EmployeeId.of("erased-1"), 50L);
  }
}
