package dev.pillars.core.reward;

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

class BonusPlanTest {
  static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  static final Period ALWAYS = Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31));

  static BonusPlan plan(BonusEligibility eligibility) {
    return new BonusPlan(BonusPlanId.of("b26"), "2026 bonus", YEAR, RewardGens.FIVE,
        new BonusTerms(List.of(0, 5_000, 10_000, 13_000, 16_000), 9_000, 15_000, eligibility));
  }

  static RatingLevel level(String label) {
    return RewardGens.FIVE.level(label).orElseThrow();
  }

  @Test
  void targetTimesCompanyFactorTimesMultiplier() {
    BonusAward a = plan(BonusEligibility.everyone())
        .award(new BonusCase(EmployeeId.of("e1"), Money.of("EUR", 1_000_000), level("exceeds"), ALWAYS, 0));
    assertThat(a.amount()).isEqualTo(Money.of("EUR", 1_170_000)); // 10000.00 x 0.9 x 1.3
    assertThat(a.replay()).isEqualTo(a.amount());
    assertThat(a.explain()).isEqualTo("e1: EUR 10000.00 x 365/365 days x 90.00 % company x 130.00 % individual = EUR 11700.00");
  }

  @Test
  void joinersLeaversAndLeaveAreProratedByDay() {
    BonusPlan plan = plan(BonusEligibility.everyone());
    Money target = Money.of("JPY", 1_000_000);
    BonusCase joiner = new BonusCase(EmployeeId.of("j"), target, level("meets"),
        Period.of(LocalDate.of(2026, 7, 1), LocalDate.of(2030, 1, 1)), 0);
    BonusCase leaverOnLeave = new BonusCase(EmployeeId.of("l"), target, level("meets"),
        Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 3, 31)), 30);
    assertThat(plan.award(joiner).countedDays()).isEqualTo(184);
    assertThat(plan.award(joiner).amount()).isEqualTo(Money.of("JPY", 453_698)); // 1e6 x 184/365 x 0.9, down
    assertThat(plan.award(leaverOnLeave).countedDays()).isEqualTo(60);
  }

  @Test
  void theCapCutsTheAward() {
    BonusPlan plan = new BonusPlan(BonusPlanId.of("b"), "capped", YEAR, RewardGens.FIVE,
        new BonusTerms(List.of(0, 5_000, 10_000, 15_000, 20_000), 12_000, 20_000, BonusEligibility.everyone()));
    BonusAward a = plan.award(new BonusCase(EmployeeId.of("e"), Money.of("BHD", 1_000), level("outstanding"), ALWAYS, 0));
    assertThat(a.capped()).isTrue();
    assertThat(a.amount()).isEqualTo(Money.of("BHD", 2_000));
    assertThat(plan.range(level("outstanding"))).isEqualTo(IncreaseRange.of(0, 20_000, 20_000));
  }

  @Test
  void eligibilityRulesSayWhyNobodyIsPaid() {
    BonusPlan plan = plan(new BonusEligibility(90, false, Optional.of("partial")));
    Money target = Money.of("EUR", 100_000);
    BonusAward late = plan.award(new BonusCase(EmployeeId.of("a"), target, level("meets"),
        Period.of(LocalDate.of(2026, 11, 1), LocalDate.of(2030, 1, 1)), 0));
    BonusAward leaver = plan.award(new BonusCase(EmployeeId.of("b"), target, level("meets"),
        Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 10, 1)), 0));
    BonusAward low = plan.award(new BonusCase(EmployeeId.of("c"), target, level("low"), ALWAYS, 0));
    assertThat(List.of(late, leaver, low)).allMatch(a -> !a.eligible() && a.amount().minor() == 0);
    assertThat(late.reason()).isEqualTo("counted 61 days, fewer than the plan's minimum 90");
    assertThat(leaver.reason()).startsWith("left on 2026-10-01");
    assertThat(low.reason()).isEqualTo("rated low, below the plan's minimum partial");
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> new BonusTerms(List.of(0, 10_000, 5_000, 15_000, 20_000), 10_000, 20_000,
            BonusEligibility.everyone()))
        .isInstanceOf(InvalidInputException.class).hasMessage("multipliersBp[2] was 5000: must be between 10000 and 100000");
    assertThatThrownBy(() -> new BonusPlan(BonusPlanId.of("b"), "x", YEAR, RewardGens.FIVE,
            new BonusTerms(List.of(0, 1), 10_000, 20_000, BonusEligibility.everyone())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("one multiplier per level");
    assertThatThrownBy(() -> plan(new BonusEligibility(0, true, Optional.of("superb"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be a label of the scale");
    assertThatThrownBy(() -> new BonusCase(EmployeeId.of("e"), Money.of("EUR", -1), level("meets"), ALWAYS, 0))
        .isInstanceOf(InvalidInputException.class).hasMessage("targetBonus was EUR -0.01: must be zero or positive");
    BonusPlan plan = plan(BonusEligibility.everyone());
    assertThatThrownBy(() -> plan.award(new BonusCase(EmployeeId.of("e"), Money.of("EUR", 1), level("meets"),
            Period.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1)), 40)))
        .isInstanceOf(InvalidInputException.class).hasMessage("e.leaveDays was 40: must be at most the 31 days employed in the period 2026-01-01..2026-12-31");
    assertThatThrownBy(() -> plan.award(new BonusCase(EmployeeId.of("e"), Money.of("EUR", 1), RatingLevel.of(3, "x"),
            ALWAYS, 0)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be a level of the plan's scale");
  }
}
