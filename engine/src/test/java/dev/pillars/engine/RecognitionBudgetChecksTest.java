package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLOCK;
import static dev.pillars.engine.EngineFixture.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetAllotted;
import dev.pillars.core.recognition.PointsBudgetId;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionId;
import dev.pillars.core.recognition.RecognitionWithdrawn;
import dev.pillars.core.recognition.Visibility;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.recognition.RecognitionService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recognition service's own checks on budgets and awards, each with its message and nothing
 * stored: a budget allotted with points spent, to someone who is not an employee, or over another
 * budget's period; an award from a giver who is not an employee; and which budget an award spends
 * from and a points-free withdrawal leaves alone.
 */
class RecognitionBudgetChecksTest extends EngineTestBase {
  private static final LocalDate TODAY = LocalDate.now(CLOCK);
  private static final Period Y2025 = Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
  private static final Period Y2026 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final EmployeeId GHOST = EmployeeId.of("ghost");

  private RecognitionService hr() {
    return as(HR).recognition();
  }

  private RecognitionService ana() {
    return as(Actor.person(ANA)).recognition();
  }

  private static Recognition thanks(String id, EmployeeId giver, int points) {
    return Recognition.builder().id(RecognitionId.of(id)).giver(giver).addReceivers(BEN).value(CompanyValueId.of("safety"))
        .message("Thanks").visibility(Visibility.PUBLIC).pointsEach(points).givenOn(TODAY).build();
  }

  private long budgets() {
    return store.forTenant(ACME).pointsBudgets().count();
  }

  @Test
  void aNewBudgetHasNothingSpentAndAGiverWhoIsAnEmployee() {
    assertThatThrownBy(() -> hr().allot(new PointsBudget(PointsBudgetId.of("b"), ANA, Y2026, 100, 5)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("spent was 5: must be 0 for a new budget");
    assertThatThrownBy(() -> hr().allot(PointsBudget.of(PointsBudgetId.of("b"), GHOST, Y2026, 100)))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("giver was ghost: must name an employee of the tenant");
    assertThat(budgets()).isZero();
    assertThat(delivered).isEmpty();
  }

  @Test
  void aGiversBudgetsDoNotOverlapButFollowEachOther() {
    hr().allot(PointsBudget.of(PointsBudgetId.of("ana-2026"), ANA, Y2026, 100));
    PointsBudget earlier = hr().allot(PointsBudget.of(PointsBudgetId.of("ana-2025"), ANA, Y2025, 50));

    assertThat(earlier.allowance()).isEqualTo(50);
    Period spring = Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31));
    assertThatThrownBy(() -> hr().allot(PointsBudget.of(PointsBudgetId.of("ana-spring"), ANA, spring, 10)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("period was " + spring + ": must not overlap budget ana-2026 of ana for " + Y2026);
    assertThat(budgets()).isEqualTo(2);
    assertThat(delivered).extracting(e -> (Object) e.event().getClass())
        .containsExactly(PointsBudgetAllotted.class, PointsBudgetAllotted.class);
  }

  @Test
  void anAwardNeedsAGiverWhoIsAnEmployee() {
    assertThatThrownBy(() -> hr().give(thanks("r", GHOST, 0)))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("giver was ghost: must name an employee of the tenant");
    assertThat(store.forTenant(ACME).recognitions().count()).isZero();
  }

  @Test
  void anAwardSpendsFromTheBudgetCoveringItsDayNotTheFirstByName() {
    hr().allot(PointsBudget.of(PointsBudgetId.of("a-2025"), ANA, Y2025, 100));
    hr().allot(PointsBudget.of(PointsBudgetId.of("ana-2026"), ANA, Y2026, 100));

    ana().give(thanks("r", ANA, 30));

    assertThat(ana().budget(PointsBudgetId.of("ana-2026")).spent()).isEqualTo(30);
    assertThat(ana().budget(PointsBudgetId.of("a-2025")).spent()).isZero();
  }

  @Test
  void withdrawingAnAwardWithoutPointsLeavesTheBudgetAlone() {
    hr().allot(PointsBudget.of(PointsBudgetId.of("ana-2026"), ANA, Y2026, 100));
    ana().give(thanks("r", ANA, 0));
    delivered.clear();

    assertThat(ana().withdraw(RecognitionId.of("r")).isActive()).isFalse();

    assertThat(delivered).extracting(e -> (Object) e.event().getClass()).containsExactly(RecognitionWithdrawn.class);
    assertThat(store.forTenant(ACME).pointsBudgets().find(PointsBudgetId.of("ana-2026")).orElseThrow().value().spent()).isZero();
    assertThat(List.of(ana().budget(PointsBudgetId.of("ana-2026")).remaining())).containsExactly(100L);
  }
}
