package dev.pillars.persistence.tck;

import dev.pillars.core.Period;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.BonusEligibility;
import dev.pillars.core.reward.BonusPlan;
import dev.pillars.core.reward.BonusPlanId;
import dev.pillars.core.reward.BonusTerms;
import dev.pillars.core.reward.CompaRatioBand;
import dev.pillars.core.reward.IncreaseRange;
import dev.pillars.core.reward.MeritMatrix;
import dev.pillars.core.reward.MeritMatrixId;
import dev.pillars.core.reward.RangeOutcome;
import dev.pillars.core.reward.RangeReceipt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Valid, varied compensation aggregates for the TCK: merit matrices, bonus plans and allocation
 * runs in currencies with 0, 2 and 3 minor digits, with amounts up to the largest a {@code long}
 * holds, so that a store that loses a digit, a currency or an attribute is caught.
 */
final class TckRewards {
  private static final List<String> CURRENCIES = List.of("JPY", "EUR", "BHD", "USD", "KWD", "KRW");

  private TckRewards() {}

  static RatingScale scale(int v) {
    return v % 2 == 0
        ? RatingScale.of(List.of(1.0, 2.0, 3.0), List.of("below", "meets", "above"))
        : RatingScale.of(List.of(0.5, 1.5, 2.5, 3.5), List.of("low", "mid", "high", "top \uD83D\uDE80"));
  }

  static MeritMatrix matrix(MeritMatrixId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    RatingScale scale = scale(v);
    List<CompaRatioBand> bands = new ArrayList<>();
    int bandCount = 1 + v % 4;
    for (int b = 0; b < bandCount - 1; b++) {
      bands.add(CompaRatioBand.of(b == 0 ? 0 : 8_000 + 1_000 * (b - 1) + v % 7, 8_000 + 1_000 * b + v % 7));
    }
    bands.add(CompaRatioBand.from(bandCount == 1 ? 0 : 8_000 + 1_000 * (bandCount - 2) + v % 7));
    List<List<IncreaseRange>> rows = new ArrayList<>();
    for (int l = 0; l < scale.levels().size(); l++) {
      List<IncreaseRange> row = new ArrayList<>();
      for (int b = 0; b < bandCount; b++) {
        int target = 100 * l + 50 * (bandCount - b) + v % 11;
        row.add(IncreaseRange.of(target / 2, target, target * 2 + (v % 3 == 0 ? IncreaseRange.MAX_BP / 2 : 0)));
      }
      rows.add(row);
    }
    return new MeritMatrix(id, "Matrix " + id + " variant " + v, scale, bands, rows);
  }

  static BonusPlan plan(BonusPlanId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    RatingScale scale = scale(v);
    List<Integer> multipliers = new ArrayList<>();
    for (int l = 0; l < scale.levels().size(); l++) {
      multipliers.add(l * (5_000 + v % 13));
    }
    BonusEligibility eligibility = v % 3 == 0 ? BonusEligibility.everyone()
        : new BonusEligibility(v % 90, v % 2 == 0, Optional.of(scale.levels().get(1).label()));
    LocalDate start = LocalDate.of(2024 + v % 5, 1 + v % 12, 1);
    return new BonusPlan(id, "Plan " + id + " variant " + v, Period.of(start, start.plusMonths(12).minusDays(1)), scale,
        new BonusTerms(multipliers, 8_000 + v % 4_000, 15_000 + v % 10_000, eligibility));
  }

  static AllocationRun run(AllocationRunId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    String currency = CURRENCIES.get(v % CURRENCIES.size());
    RatingScale scale = scale(v);
    List<RangeReceipt> receipts = new ArrayList<>();
    long total = 0;
    int people = v % 5;
    for (int i = 0; i < people; i++) {
      long base = i == 0 && v % 2 == 1 ? 1_000_000_000_000L : 1_000_00L * (i + 1) + v;
      IncreaseRange range = IncreaseRange.of(100 * i, 200 * i + 100, 300 * i + 200);
      long rate = (200L * i + 100) * 100_000 + v % 1_000;
      long adjustment = (i + v) % 2;
      long amount = RangeReceipt.floor(base, rate) + adjustment;
      long min = -Math.floorDiv(-base * range.minBp(), IncreaseRange.ONE);
      receipts.add(new RangeReceipt(EmployeeId.of("emp-" + i + "." + v), scale.levels().get(i % scale.levels().size()),
          base, range, rate, adjustment, min, base * range.maxBp() / IncreaseRange.ONE, amount));
      total += amount;
    }
    RangeOutcome outcome = RangeOutcome.values()[v % RangeOutcome.values().length];
    return new AllocationRun(id, "Run " + id + " variant " + v, Money.of(currency, total), outcome, receipts);
  }
}
