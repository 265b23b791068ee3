package dev.pillars.engine;

import static dev.pillars.engine.CompensationServiceTest.ABOVE;
import static dev.pillars.engine.CompensationServiceTest.MATRIX;
import static dev.pillars.engine.CompensationServiceTest.MEETS;
import static dev.pillars.engine.CompensationServiceTest.SCALE;
import static dev.pillars.engine.EngineFixture.ACME;
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
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.BonusCase;
import dev.pillars.core.reward.BonusEligibility;
import dev.pillars.core.reward.BonusPlan;
import dev.pillars.core.reward.BonusPlanDefined;
import dev.pillars.core.reward.BonusPlanId;
import dev.pillars.core.reward.BonusTerms;
import dev.pillars.core.reward.MeritMatrixId;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.reward.CompensationService;
import dev.pillars.engine.reward.MeritCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The compensation service's checks, each with its message, and what each read returns. */
class CompensationChecksTest extends EngineTestBase {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final BonusPlanId PLAN = BonusPlanId.of("b26");

  private CompensationService hr() {
    return as(HR).compensation();
  }

  private static BonusPlan plan(BonusEligibility eligibility) {
    return new BonusPlan(PLAN, "2026 bonus", YEAR, SCALE, new BonusTerms(List.of(0, 10_000, 15_000), 10_000, 20_000, eligibility));
  }

  @Test
  void aMeritCaseNeedsPositiveAmountsInOneCurrency() {
    assertThatThrownBy(() -> new MeritCase(ANA, MEETS, Money.of("EUR", 0), Money.of("EUR", 1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("salary was EUR 0.00: must be positive");
    assertThatThrownBy(() -> new MeritCase(ANA, MEETS, Money.of("EUR", 1), Money.of("EUR", 0)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("midpoint was EUR 0.00: must be positive");
    assertThatThrownBy(() -> new MeritCase(ANA, MEETS, Money.of("EUR", 1), Money.of("USD", 1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("midpoint");
    assertThatThrownBy(() -> new MeritCase(null, MEETS, Money.of("EUR", 1), Money.of("EUR", 1)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("employee");
    assertThat(new MeritCase(ANA, MEETS, Money.of("EUR", 1), Money.of("EUR", 1)).salary()).isEqualTo(Money.of("EUR", 1));
  }

  @Test
  void aRunNeedsANameAndAKnownPlanOrMatrix() {
    hr().defineMatrix(CompensationServiceTest.matrix());
    hr().definePlan(plan(BonusEligibility.everyone()));
    assertThatThrownBy(() -> hr().meritRound(AllocationRunId.of("x"), " ", MATRIX, Money.of("EUR", 1), CompensationServiceTest.people()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> hr().bonusPool(AllocationRunId.of("x"), " ", PLAN, Money.of("EUR", 1), List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> hr().bonusPool(AllocationRunId.of("x"), "x", BonusPlanId.of("none"), Money.of("EUR", 1), List.of()))
        .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("plan was none: must be a bonus plan of the tenant");
    assertThatThrownBy(() -> hr().meritRound(AllocationRunId.of("x"), "x", MeritMatrixId.of("none"), Money.of("EUR", 1), List.of()))
        .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("matrix was none: must be a merit matrix of the tenant");
    assertThatThrownBy(() -> hr().bonusPool(AllocationRunId.of("x"), "x", PLAN, Money.of("EUR", 100),
            List.of(new BonusCase(ANA, Money.of("USD", 100), MEETS, YEAR, 0))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ana.targetBonus");
    assertThatThrownBy(() -> hr().run(AllocationRunId.of("none")))
        .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("run was none: must be an allocation run of the tenant");
    assertThat(store.forTenant(ACME).allocationRuns().count()).isZero();
  }

  @Test
  void aPlanIsAnnouncedAndOnlyForCompensationRoles() {
    hr().definePlan(plan(BonusEligibility.everyone()));
    assertThat(delivered).extracting(e -> (Object) e.event().getClass()).containsExactly(BonusPlanDefined.class);
    assertThat(store.forTenant(ACME).bonusPlans().find(PLAN)).isPresent();
    assertThatThrownBy(() -> as(Actor.person(ANA)).compensation().definePlan(plan(BonusEligibility.everyone())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(ANA)).compensation().bonusPool(
            AllocationRunId.of("x"), "x", PLAN, Money.of("EUR", 1), List.of()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(ANA)).compensation().compareMerit(
            MATRIX, Money.of("EUR", 1), MATRIX, Money.of("EUR", 1), CompensationServiceTest.people()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(ANA)).compensation().payForPerformance(AllocationRunId.of("x")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void whoIsNotEligibleHasNoShareOfThePool() {
    hr().definePlan(plan(new BonusEligibility(200, true, Optional.empty())));
    Period late = Period.of(LocalDate.of(2026, 10, 1), LocalDate.of(2030, 1, 1));
    AllocationRun run = hr().bonusPool(AllocationRunId.of("bonus-26"), "2026 pool", PLAN, Money.of("EUR", 1_000), List.of(
        new BonusCase(ANA, Money.of("EUR", 1_000), ABOVE, YEAR, 0),
        new BonusCase(BEN, Money.of("EUR", 1_000), ABOVE, late, 0)));
    assertThat(run.receipts()).extracting(r -> r.amount()).containsExactly(1_000L, 0L);
  }

  @Test
  void aReceiptIsThePersonsOwn() {
    hr().defineMatrix(CompensationServiceTest.matrix());
    AllocationRunId id = AllocationRunId.of("merit-26");
    AllocationRun run = hr().meritRound(id, "2026 merit", MATRIX, Money.of("EUR", 6_000_00), CompensationServiceTest.people());
    assertThat(hr().receipt(id, BEN).orElseThrow().recipient()).isEqualTo(BEN);
    assertThat(hr().receipt(id, CLEO).orElseThrow()).isEqualTo(run.receipts().get(2));
    assertThat(hr().receipt(id, EngineFixture.HANA)).isEmpty();
  }
}
