package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.money.Money;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.AllocationRunRecorded;
import dev.pillars.core.reward.BonusCase;
import dev.pillars.core.reward.BonusEligibility;
import dev.pillars.core.reward.BonusPlan;
import dev.pillars.core.reward.BonusPlanId;
import dev.pillars.core.reward.BonusTerms;
import dev.pillars.core.reward.CompaRatioBand;
import dev.pillars.core.reward.IncreaseRange;
import dev.pillars.core.reward.MeritMatrix;
import dev.pillars.core.reward.MeritMatrixDefined;
import dev.pillars.core.reward.MeritMatrixId;
import dev.pillars.core.reward.RangeOutcome;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.reward.MeritCase;
import dev.pillars.scoring.allocation.ScenarioComparison;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompensationServiceTest extends EngineTestBase {
  static final RatingScale SCALE = RatingScale.of(List.of(1.0, 2.0, 3.0), List.of("below", "meets", "above"));
  static final RatingLevel MEETS = SCALE.levels().get(1);
  static final RatingLevel ABOVE = SCALE.levels().get(2);
  static final MeritMatrixId MATRIX = MeritMatrixId.of("m26");

  static MeritMatrix matrix() {
    return new MeritMatrix(MATRIX, "2026", SCALE, List.of(CompaRatioBand.of(0, 10_000), CompaRatioBand.from(10_000)),
        List.of(List.of(IncreaseRange.of(0, 0, 0), IncreaseRange.of(0, 0, 0)),
            List.of(IncreaseRange.of(200, 300, 400), IncreaseRange.of(100, 200, 300)),
            List.of(IncreaseRange.of(400, 500, 700), IncreaseRange.of(300, 400, 500))));
  }

  static List<MeritCase> people() {
    return List.of(
        new MeritCase(ANA, ABOVE, Money.of("EUR", 80_000_00), Money.of("EUR", 75_000_00)),
        new MeritCase(BEN, MEETS, Money.of("EUR", 50_000_00), Money.of("EUR", 55_000_00)),
        new MeritCase(CLEO, MEETS, Money.of("EUR", 52_000_00), Money.of("EUR", 55_000_00)));
  }

  @Test
  void aMeritRoundIsSharedExactlyKeptAndAnnounced() {
    as(HR).compensation().defineMatrix(matrix());
    AllocationRun run = as(HR).compensation()
        .meritRound(AllocationRunId.of("merit-26"), "2026 merit", MATRIX, Money.of("EUR", 6_500_01), people());
    assertThat(run.receipts().stream().mapToLong(r -> r.amount()).sum()).isEqualTo(6_500_01);
    assertThat(run.outcome()).isEqualTo(RangeOutcome.WITHIN_RANGES);
    assertThat(as(HR).compensation().run(run.id())).isEqualTo(run);
    assertThat(delivered).extracting(e -> (Object) e.event().getClass())
        .containsExactly(MeritMatrixDefined.class, AllocationRunRecorded.class);
    assertThat(as(HR).compensation().payForPerformance(run.id()).correlation()).isPresent();
  }

  @Test
  void payIsSeenByThePersonTheirManagersAndCompensationRolesOnly() {
    as(HR).compensation().defineMatrix(matrix());
    AllocationRunId id = AllocationRunId.of("merit-26");
    as(HR).compensation().meritRound(id, "2026 merit", MATRIX, Money.of("EUR", 6_000_00), people());
    assertThat(as(Actor.person(BEN)).compensation().receipt(id, BEN)).isPresent();
    assertThat(as(Actor.person(ANA)).compensation().receipt(id, BEN)).isPresent();
    assertThatThrownBy(() -> as(Actor.person(BEN)).compensation().receipt(id, ANA))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(CLEO)).compensation().receipt(id, BEN))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(ANA)).compensation().run(id)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(ANA)).compensation().defineMatrix(matrix()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void twoBudgetsSideBySideShowWhoGainsAndNothingIsKept() {
    as(HR).compensation().defineMatrix(matrix());
    ScenarioComparison c = as(HR).compensation()
        .compareMerit(MATRIX, Money.of("EUR", 5_000_00), MATRIX, Money.of("EUR", 6_500_00), people());
    assertThat(c.change()).isEqualTo(Money.of("EUR", 1_500_00));
    assertThat(c.losers()).isEmpty();
    assertThat(c.gainers()).isNotEmpty();
    assertThat(store.forTenant(EngineFixture.ACME).allocationRuns().count()).isZero();
  }

  @Test
  void aBonusPoolBelowTheTargetsScalesThemByOneFactorAndAZeroMultiplierGetsNothing() {
    Period year = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    BonusPlan plan = new BonusPlan(BonusPlanId.of("b26"), "2026 bonus", year, SCALE,
        new BonusTerms(List.of(0, 10_000, 15_000), 10_000, 20_000, BonusEligibility.everyone()));
    as(HR).compensation().definePlan(plan);
    Period always = Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1));
    AllocationRun run = as(HR).compensation().bonusPool(AllocationRunId.of("bonus-26"), "2026 pool", plan.id(),
        Money.of("JPY", 1_000_000), List.of(
            new BonusCase(ANA, Money.of("JPY", 500_000), ABOVE, always, 0),
            new BonusCase(BEN, Money.of("JPY", 400_000), MEETS, always, 0),
            new BonusCase(CLEO, Money.of("JPY", 400_000), SCALE.levels().get(0), always, 0)));
    assertThat(run.receipts()).extracting(r -> r.amount()).containsExactly(652_174L, 347_826L, 0L); // targets 750,000 and 400,000 scaled by 1,000,000 / 1,150,000
  }

  @Test
  void badInputChangesNothing() {
    as(HR).compensation().defineMatrix(matrix());
    assertThatThrownBy(() -> as(HR).compensation()
            .meritRound(AllocationRunId.of("x"), "x", MATRIX, Money.of("EUR", -1), people()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("budget was EUR -0.01");
    assertThatThrownBy(() -> as(HR).compensation()
            .meritRound(AllocationRunId.of("x"), "x", MATRIX, Money.of("EUR", 1), List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must hold at least one person");
    assertThatThrownBy(() -> as(HR).compensation()
            .meritRound(AllocationRunId.of("x"), "x", MATRIX, Money.of("USD", 1), people()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("mixing currencies");
    assertThatThrownBy(() -> as(HR).compensation()
            .meritRound(AllocationRunId.of("x"), "x", MeritMatrixId.of("none"), Money.of("EUR", 1), people()))
        .isInstanceOf(UnknownReferenceException.class);
    assertThat(store.forTenant(EngineFixture.ACME).allocationRuns().count()).isZero();
    assertThat(delivered).hasSize(1);
  }
}
