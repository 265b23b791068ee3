package dev.pillars.core.reward;

import static dev.pillars.core.reward.BonusPlanTest.ALWAYS;
import static dev.pillars.core.reward.BonusPlanTest.YEAR;
import static dev.pillars.core.reward.BonusPlanTest.level;
import static dev.pillars.core.reward.BonusPlanTest.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reward receipts in core itself: a range receipt's replay, distance from its range and percentage
 * (with products beyond a {@code long}), an allocation run's checks and pseudonyms, and a bonus
 * award's own checks, cap and eligibility boundaries.
 */
class RewardReceiptsMutationTest {
  private static final EmployeeId ANA = EmployeeId.of("ana");
  private static final EmployeeId BEN = EmployeeId.of("ben");
  private static final RatingLevel MEETS = RatingLevel.of(3.0, "meets");
  private static final IncreaseRange RANGE = IncreaseRange.of(200, 300, 400);

  /** A receipt on a base of 500,000 minor units with a range of 10,000 to 20,000. */
  private static RangeReceipt receipt(EmployeeId who, long rateNanos, long adjustment) {
    long amount = RangeReceipt.floor(500_000, rateNanos) + adjustment;
    return new RangeReceipt(who, MEETS, 500_000, RANGE, rateNanos, adjustment, 10_000, 20_000, amount);
  }

  @Test
  void aRangeReceiptReplaysItsAmountAndSaysHowFarItLiesOutsideItsRange() {
    RangeReceipt inside = receipt(ANA, 30_000_000, 1); // 3 % of 500,000 is 15,000, plus 1
    assertThat(inside.amount()).isEqualTo(15_001);
    assertThat(inside.replay()).isEqualTo(15_001);
    assertThat(inside.outsideBy()).isZero();
    assertThat(inside.percentBp()).isEqualTo(300);
    assertThat(receipt(ANA, 10_000_000, 0).outsideBy()).isEqualTo(-5_000);
    assertThat(receipt(ANA, 50_000_000, 0).outsideBy()).isEqualTo(5_000);
    assertThat(receipt(ANA, 20_000_000, 0).outsideBy()).isZero();
    assertThat(receipt(ANA, 40_000_000, 0).outsideBy()).isZero();
    RangeReceipt noBase = new RangeReceipt(ANA, MEETS, 0, RANGE, 30_000_000, 0, 0, 0, 0);
    assertThat(noBase.percentBp()).isZero();
  }

  @Test
  void theFloorIsExactWhereTheProductPassesALong() {
    assertThat(RangeReceipt.floor(500_000, 30_000_000)).isEqualTo(15_000);
    assertThat(RangeReceipt.floor(7, 999_999_999)).isEqualTo(6);
    // 2^62 x 3 lies between 2^63 and 2^64: no high word, but the low word alone reads negative
    assertThat(RangeReceipt.floor(1L << 62, 3)).isEqualTo(13_835_058_055L);
    assertThat(RangeReceipt.floor(Long.MAX_VALUE / 4, 2 * RangeReceipt.NANO)).isEqualTo(Long.MAX_VALUE / 4 * 2);
    assertThat(RangeReceipt.floor(0, 5)).isZero();
  }

  @Test
  void aRangeReceiptRefusesNumbersThatDoNotReplay() {
    assertThat(new RangeReceipt(ANA, MEETS, 500_000, RANGE, 0, 0, 0, 0, 0).amount()).isZero();
    assertThat(new RangeReceipt(ANA, MEETS, 500_000, RANGE, 0, 7, 7, 7, 7).minAmount()).isEqualTo(7);
    assertThatThrownBy(() -> new RangeReceipt(ANA, MEETS, 500_000, RANGE, -1, 0, 0, 0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("rateNanos was -1: must be zero or positive");
    assertThatThrownBy(() -> new RangeReceipt(ANA, MEETS, 500_000, RANGE, 0, -1, 0, 0, -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount was -1: must be zero or positive");
    assertThatThrownBy(() -> new RangeReceipt(ANA, MEETS, 500_000, RANGE, 0, 0, -1, 0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("minAmount was -1: must be between 0 and maxAmount 0");
    assertThatThrownBy(() -> new RangeReceipt(ANA, MEETS, 500_000, RANGE, 0, 0, 2, 1, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("minAmount was 2: must be between 0 and maxAmount 1");
    assertThatThrownBy(() -> new RangeReceipt(ANA, MEETS, 500_000, RANGE, 30_000_000, 1, 0, 20_000, 15_000))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount was 15000: must be floor(500000 * 30000000 / 10^9) + 1");
  }

  @Test
  void anAllocationRunHoldsEachPersonOnceAndAddsUpToItsBudget() {
    RangeReceipt ana = receipt(ANA, 30_000_000, 0);
    RangeReceipt ben = receipt(BEN, 20_000_000, 0);
    Money budget = Money.of("EUR", 25_000);
    AllocationRun run = new AllocationRun(AllocationRunId.of("r1"), "Merit 2026", budget, RangeOutcome.WITHIN_RANGES, List.of(ana, ben));
    assertThat(run.receipts()).containsExactly(ana, ben);
    assertThat(new AllocationRun(AllocationRunId.of("r0"), "Nothing", Money.of("EUR", 0), RangeOutcome.WITHIN_RANGES, List.of())
        .receipts()).isEmpty();
    assertThatThrownBy(() -> new AllocationRun(AllocationRunId.of("r1"), "Merit", Money.of("EUR", -1), RangeOutcome.WITHIN_RANGES, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("budget was EUR -0.01: must be zero or positive");
    assertThatThrownBy(() -> new AllocationRun(AllocationRunId.of("r1"), "Merit", Money.of("EUR", 30_000), RangeOutcome.WITHIN_RANGES, List.of(ana, ana)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("receipts was ana: must hold each person once");
    assertThatThrownBy(() -> new AllocationRun(AllocationRunId.of("r1"), "Merit", Money.of("EUR", 25_001), RangeOutcome.WITHIN_RANGES, List.of(ana, ben)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("receipts was EUR 250.00: amounts must add up to the budget EUR 250.01");
  }

  @Test
  void anAllocationRunNamesAPseudonymInsteadOfAnErasedPersonOnly() {
    RangeReceipt ana = receipt(ANA, 30_000_000, 0);
    RangeReceipt ben = receipt(BEN, 20_000_000, 0);
    AllocationRun run = new AllocationRun(AllocationRunId.of("r1"), "Merit 2026", Money.of("EUR", 25_000), RangeOutcome.WITHIN_RANGES, List.of(ana, ben));
    EmployeeId pseudonym = EmployeeId.of("erased-1");
    AllocationRun renamed = run.pseudonymised(ANA, pseudonym).orElseThrow();
    assertThat(renamed.receipts()).extracting(RangeReceipt::recipient).containsExactly(pseudonym, BEN);
    assertThat(renamed.receipts().get(0).amount()).isEqualTo(ana.amount());
    assertThat(renamed.receipts().get(1)).isSameAs(ben);
    assertThat(run.pseudonymised(EmployeeId.of("cleo"), pseudonym)).isEmpty();
  }

  @Test
  void aBonusAwardChecksItsDaysAndThatItsNumbersReplay() {
    Money target = Money.of("EUR", 100_000);
    Money full = BonusAward.compute(target, 365, 365, 10_000, 10_000, 20_000, true);
    assertThat(full).isEqualTo(target);
    assertThat(award(target, 365, 365, full).countedDays()).isEqualTo(365);
    assertThat(award(target, 0, 365, Money.of("EUR", 0)).countedDays()).isZero();
    assertThatThrownBy(() -> award(target, 0, 0, Money.of("EUR", 0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("periodDays was 0: must be positive");
    assertThatThrownBy(() -> award(target, -1, 365, Money.of("EUR", 0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("countedDays was -1: must be between 0 and periodDays 365");
    assertThatThrownBy(() -> award(target, 366, 365, Money.of("EUR", 100_273)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("countedDays was 366: must be between 0 and periodDays 365");
    assertThatThrownBy(() -> award(target, 365, 365, Money.of("EUR", 99_999)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount was EUR 999.99: must be what the receipt's numbers give");
  }

  private static BonusAward award(Money target, long counted, long days, Money amount) {
    return new BonusAward(ANA, target, counted, days, 10_000, 10_000, 20_000, true, "eligible", false, amount);
  }

  @Test
  void theCapAppliesOnlyAboveItAndACappedReceiptSaysSo() {
    assertThat(BonusAward.capApplies(10_000, 15_000, 15_000)).isFalse();
    assertThat(BonusAward.capApplies(10_000, 15_001, 15_000)).isTrue();
    BonusPlan capped = new BonusPlan(BonusPlanId.of("b"), "capped", YEAR, RewardGens.FIVE,
        new BonusTerms(List.of(0, 5_000, 10_000, 15_000, 20_000), 12_000, 20_000, BonusEligibility.everyone()));
    BonusAward a = capped.award(new BonusCase(ANA, Money.of("EUR", 100_000), level("outstanding"), ALWAYS, 0));
    assertThat(a.explain())
        .isEqualTo("ana: EUR 1000.00 x 365/365 days x 120.00 % company x 200.00 % individual (capped at 200.00 %) = EUR 2000.00");
    assertThat(capped.range(level("meets"))).isEqualTo(IncreaseRange.of(0, 12_000, 20_000));
    assertThat(capped.range(level("partial"))).isEqualTo(IncreaseRange.of(0, 6_000, 20_000));
    // nobody employed in the period counts no days: eligible (no minimum) but not capped
    BonusAward none = capped.award(new BonusCase(BEN, Money.of("EUR", 100_000), level("outstanding"),
        Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30)), 0));
    assertThat(none.countedDays()).isZero();
    assertThat(none.eligible()).isTrue();
    assertThat(none.capped()).isFalse();
  }

  @Test
  void eligibilityBoundariesAreInclusive() {
    BonusPlan plan = plan(new BonusEligibility(61, true, Optional.of("partial")));
    Money target = Money.of("EUR", 100_000);
    BonusCase sixtyOneDays = new BonusCase(ANA, target, level("meets"), Period.of(LocalDate.of(2026, 11, 1), LocalDate.of(2030, 1, 1)), 0);
    assertThat(plan.award(sixtyOneDays).eligible()).isTrue();
    assertThat(plan.award(new BonusCase(BEN, target, level("partial"), ALWAYS, 0)).eligible()).isTrue();
    assertThat(plan.proratedTarget(sixtyOneDays)).isEqualTo(16_712); // 100,000 x 61 / 365, down
    BonusCase allLeave = new BonusCase(ANA, target, level("meets"), Period.of(LocalDate.of(2026, 12, 1), LocalDate.of(2030, 1, 1)), 31);
    assertThat(plan(BonusEligibility.everyone()).countedDays(allLeave)).isZero();
  }

  @Test
  void casesTermsAndEligibilityRefuseTheirBadNumbers() {
    assertThatThrownBy(() -> new BonusCase(ANA, Money.of("EUR", 1), level("meets"), ALWAYS, -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("leaveDays was -1: must be zero or positive");
    assertThatThrownBy(() -> new BonusTerms(List.of(), 10_000, 20_000, BonusEligibility.everyone()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("multipliersBp was []: must hold one multiplier per level");
    assertThatThrownBy(() -> new BonusEligibility(0, true, Optional.of(" ")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("minimumLevel was ' ': must not be blank");
  }
}
