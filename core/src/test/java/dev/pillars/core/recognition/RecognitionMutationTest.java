package dev.pillars.core.recognition;

import static dev.pillars.core.recognition.Recognitions.CLOCK;
import static dev.pillars.core.recognition.Recognitions.DAY;
import static dev.pillars.core.recognition.Recognitions.thanks;
import static dev.pillars.core.recognition.Recognitions.unsaid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Recognitions and points budgets at their limits: exact events and each limit's message. */
class RecognitionMutationTest {
  static final PointsBudgetId B1 = PointsBudgetId.of("b1");
  static final RecognitionId R1 = RecognitionId.of("r1");
  static final Period YEAR = Period.of(DAY.withDayOfYear(1), DAY.withDayOfYear(1).plusYears(1).minusDays(1));

  @Test
  void aRecognitionHoldsAtMostItsLimits() {
    String[] hundred = IntStream.rangeClosed(1, 100).mapToObj(i -> "p" + i).toArray(String[]::new);
    assertThat(thanks("r1", "ana", hundred).build().receivers()).hasSize(100);
    String[] tooMany = IntStream.rangeClosed(1, 101).mapToObj(i -> "p" + i).toArray(String[]::new);
    assertThatThrownBy(() -> thanks("r1", "ana", tooMany).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("receivers.size was 101: must be between 1 and 100");
    assertThat(thanks("r1", "ana", "ben").pointsEach(10_000).build().totalPoints()).isEqualTo(10_000);
    assertThatThrownBy(() -> thanks("r1", "ana", "ben").pointsEach(10_001).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("pointsEach was 10001: must be between 0 and 10000");
    assertThat(unsaid("r1", "ana", "ben").message("x".repeat(2000)).build().message()).hasSize(2000);
    assertThat(unsaid("r1", "ana", "ben").message("Line one\nline two\r\n\tand a tab").build().message()).contains("\t");
    assertThatThrownBy(() -> unsaid("r1", "ana", "ben").message("ab\u007fc").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("message was 'U+007F at index 2': must hold no control characters other than tabs and line breaks");
    assertThat(thanks("r1", "ana", "ben", "cy", "di").pointsEach(7).build().totalPoints()).isEqualTo(21);
    assertThat(thanks("r1", "ana", "ben").withdrawnOn(DAY).build().isActive()).isFalse();
    assertThat(thanks("r1", "ana", "ben").build().pointsEach()).isZero();
  }

  @Test
  void withdrawingRecordsThePointsToRefund() {
    Recognition r = thanks("r1", "ana", "ben", "cy").pointsEach(5).build();
    Clock later = Clock.offset(CLOCK, Duration.ofDays(2));
    Change<Recognition> withdrawn = r.withdraw(later);
    assertThat(withdrawn.value().withdrawnOn()).contains(DAY.plusDays(2));
    assertThat(withdrawn.events()).containsExactly(new RecognitionWithdrawn(R1, EmployeeId.of("ana"), 10, later.instant()));
    assertThatThrownBy(() -> withdrawn.value().withdraw(later))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("withdrawnOn was " + DAY.plusDays(2) + ": must be empty: the recognition is withdrawn already");
    assertThatThrownBy(() -> Recognition.give(withdrawn.value(), later))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("withdrawnOn was " + DAY.plusDays(2) + ": must be empty for a new recognition");
    Recognition swapped = r.pseudonymised(EmployeeId.of("cy"), EmployeeId.of("erased-1"));
    assertThat(swapped.receivers()).containsExactly(EmployeeId.of("ben"), EmployeeId.of("erased-1"));
    assertThat(swapped.giver()).isEqualTo(EmployeeId.of("ana"));
    assertThat(r.pseudonymised(EmployeeId.of("ana"), EmployeeId.of("erased-2")).giver()).isEqualTo(EmployeeId.of("erased-2"));
    assertThat(r.pseudonymised(EmployeeId.of("zed"), EmployeeId.of("erased-3"))).isSameAs(r);
  }

  @Test
  void aBudgetSpendsAndRefundsUpToItsEdges() {
    PointsBudget budget = PointsBudget.of(B1, EmployeeId.of("ana"), YEAR, 100);
    assertThat(PointsBudget.allot(budget, CLOCK).events()).containsExactly(new PointsBudgetAllotted(budget, CLOCK.instant()));
    Change<PointsBudget> all = budget.spend(R1, 100, CLOCK);
    assertThat(all.value().remaining()).isZero();
    assertThat(all.value().spent()).isEqualTo(100);
    assertThat(all.events()).containsExactly(new PointsSpent(B1, R1, 100, 0, CLOCK.instant()));
    Change<PointsBudget> back = all.value().refund(R1, 100, CLOCK);
    assertThat(back.value().remaining()).isEqualTo(100);
    assertThat(back.events()).containsExactly(new PointsRefunded(B1, R1, 100, 100, CLOCK.instant()));
    PointsBudget some = budget.spend(R1, 30, CLOCK).value();
    assertThat(some.remaining()).isEqualTo(70);
    assertThat(some.refund(R1, 1, CLOCK).value().spent()).isEqualTo(29);
    assertThatThrownBy(() -> some.refund(R1, 31, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("points was 31: must not exceed the 30 points spent of budget b1");
    assertThatThrownBy(() -> some.refund(R1, 0, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("points was 0: must be at least 1");
    assertThat(budget.covers(YEAR.start())).isTrue();
    assertThat(budget.covers(YEAR.end())).isTrue();
    assertThat(budget.covers(YEAR.end().plusDays(1))).isFalse();
    assertThat(PointsBudget.of(B1, EmployeeId.of("ana"), YEAR, PointsBudget.MAX_ALLOWANCE).allowance()).isEqualTo(1_000_000_000L);
    assertThatThrownBy(() -> PointsBudget.of(B1, EmployeeId.of("ana"), YEAR, PointsBudget.MAX_ALLOWANCE + 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("allowance was 1000000001: must be between 0 and 1000000000");
    assertThatThrownBy(() -> new PointsBudget(B1, EmployeeId.of("ana"), YEAR, 10, -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("spent was -1: must be between 0 and the allowance 10");
    assertThat(new PointsBudget(B1, EmployeeId.of("ana"), YEAR, 10, 10).remaining()).isZero();
    assertThat(some.withGiver(EmployeeId.of("erased-1"))).isEqualTo(new PointsBudget(B1, EmployeeId.of("erased-1"), YEAR, 100, 30));
  }
}
