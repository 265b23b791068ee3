package dev.pillars.core.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.Period;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingLevel;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class BonusPlanProperties {
  private static final Gen<BonusPlan> PLANS = integers().between(0, 20_000).zip(integers().between(0, 30_000),
      integers().between(0, 5_000), (factor, cap, step) -> new BonusPlan(BonusPlanId.of("p"), "plan", BonusPlanTest.YEAR,
          RewardGens.FIVE, new BonusTerms(List.of(0, step, 2 * step, 3 * step, 4 * step), factor, cap,
              BonusEligibility.everyone())));
  private static final Gen<Money> TARGETS = Generate.pick(List.of("JPY", "EUR", "BHD"))
      .zip(longs().between(0, 1_000_000_000_000L), Money::of);
  private static final Gen<Integer> DAYS = integers().between(0, 364);

  private static BonusCase joiner(Money target, RatingLevel level, int dayOfYear, int leave) {
    return new BonusCase(EmployeeId.of("e"), target, level, Period.of(LocalDate.of(2026, 1, 1).plusDays(dayOfYear),
        LocalDate.of(2027, 6, 30)), leave);
  }

  @Test
  void theAwardIsTheExactProductRoundedDownAndNeverAboveTheCap() {
    qt().forAll(PLANS, TARGETS, integers().between(0, 4), DAYS).checkAssert((plan, target, l, start) -> {
      BonusAward a = plan.award(joiner(target, RewardGens.FIVE.levels().get(l), start, 0));
      BigInteger prorated = BigInteger.valueOf(target.minor()).multiply(BigInteger.valueOf(a.countedDays()));
      BigInteger den = BigInteger.valueOf(365L * 100_000_000L);
      BigInteger exact = prorated.multiply(BigInteger.valueOf((long) plan.terms().companyFactorBp() * a.multiplierBp()));
      BigInteger cap = prorated.multiply(BigInteger.valueOf(plan.terms().capBp() * 10_000L));
      assertThat(BigInteger.valueOf(a.amount().minor()).multiply(den)).isLessThanOrEqualTo(exact.min(cap));
      assertThat(BigInteger.valueOf(a.amount().minor() + 1).multiply(den)).isGreaterThan(exact.min(cap));
      assertThat(a.amount().currency()).isEqualTo(target.currency());
      assertThat(a.replay()).isEqualTo(a.amount());
    });
  }

  @Test
  void aHigherRatingNeverGetsLess() {
    qt().forAll(PLANS, TARGETS, integers().between(1, 4), DAYS).checkAssert((plan, target, l, start) -> {
      long higher = plan.award(joiner(target, RewardGens.FIVE.levels().get(l), start, 0)).amount().minor();
      long lower = plan.award(joiner(target, RewardGens.FIVE.levels().get(l - 1), start, 0)).amount().minor();
      assertThat(higher).isGreaterThanOrEqualTo(lower);
    });
  }

  @Test
  void moreDaysCountedNeverGiveLess() {
    qt().forAll(PLANS, TARGETS, DAYS, integers().between(0, 30)).assuming((p, t, start, leave) -> start + leave < 365)
        .checkAssert((plan, target, start, leave) -> {
          RatingLevel meets = RewardGens.FIVE.levels().get(2);
          BonusAward earlier = plan.award(joiner(target, meets, start, 0));
          BonusAward withLeave = plan.award(joiner(target, meets, start, leave));
          assertThat(withLeave.countedDays()).isEqualTo(earlier.countedDays() - leave);
          assertThat(earlier.amount().minor()).isGreaterThanOrEqualTo(withLeave.amount().minor());
        });
  }
}
