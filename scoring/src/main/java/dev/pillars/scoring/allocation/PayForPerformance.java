package dev.pillars.scoring.allocation;

import dev.pillars.core.reward.RangeOutcome;
import dev.pillars.core.reward.RangeReceipt;

import dev.pillars.core.Checks;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.rating.RatingLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How far awards follow performance in an allocation: the correlation between final ratings and
 * awards (as percentages of each person's base), and the spread of awards per rating level, for
 * the whole population and per org unit.
 *
 * <p>People with a zero base have no percentage and are left out. The correlation is Pearson's
 * coefficient; it is empty with fewer than two people or when ratings or percentages do not vary
 * (a statistic, so a {@code double}; the money stays exact in the spreads' totals).
 *
 * @param correlation the correlation of rating values and award percentages, from -1 to 1
 * @param spreads the spread per level for everyone (no unit) and then per unit, each lowest level
 *     first
 */
public record PayForPerformance(OptionalDouble correlation, List<Spread> spreads) {
  /**
   * Creates a report.
   *
   * @param correlation the correlation, from -1 to 1, or empty
   * @param spreads the spreads
   * @throws dev.pillars.core.InvalidInputException if the correlation is outside -1 to 1
   */
  public PayForPerformance {
    Checks.notNull("correlation", correlation);
    correlation.ifPresent(c -> Checks.inRange("correlation", c, -1, 1));
    spreads = List.copyOf(Checks.notNull("spreads", spreads));
  }

  /**
   * The awards of one rating level, in one unit or for everyone.
   *
   * @param unit the org unit, or empty for the whole population
   * @param level the rating level
   * @param people how many people with a positive base
   * @param minBp the smallest award as basis points of base
   * @param medianBp the median (the lower middle for an even count)
   * @param maxBp the largest
   * @param total the sum of their awards
   */
  public record Spread(
      Optional<OrgUnitId> unit, RatingLevel level, int people, long minBp, long medianBp, long maxBp, Money total) {
    /**
     * Creates a spread.
     *
     * @param unit the unit or empty
     * @param level the level
     * @param people how many, at least one
     * @param minBp the smallest
     * @param medianBp the median
     * @param maxBp the largest
     * @param total the total
     * @throws dev.pillars.core.InvalidInputException if the numbers are out of order
     */
    public Spread {
      Checks.notNull("unit", unit);
      Checks.notNull("level", level);
      Checks.notNull("total", total);
      Checks.require(people > 0, "people", people, "must be positive");
      Checks.require(0 <= minBp && minBp <= medianBp && medianBp <= maxBp, "medianBp", medianBp,
          "must lie between minBp " + minBp + " and maxBp " + maxBp);
      Checks.notNull("total", total);
    }
  }

  /**
   * Reads an allocation.
   *
   * @param allocation the allocation
   * @param units each person's org unit; people without one appear only in the population's
   *     spreads
   * @return the report
   */
  public static PayForPerformance of(RangeAllocation allocation, Map<EmployeeId, OrgUnitId> units) {
    Checks.notNull("allocation", allocation);
    return of(allocation.budget(), allocation.receipts(), units);
  }

  /**
   * Reads a kept run.
   *
   * @param run the run
   * @param units each person's org unit; people without one appear only in the population's
   *     spreads
   * @return the report
   */
  public static PayForPerformance of(dev.pillars.core.reward.AllocationRun run, Map<EmployeeId, OrgUnitId> units) {
    Checks.notNull("run", run);
    return of(run.budget(), run.receipts(), units);
  }

  private static PayForPerformance of(Money budget, List<RangeReceipt> receipts, Map<EmployeeId, OrgUnitId> units) {
    Checks.notNull("units", units);
    List<RangeReceipt> paid = receipts.stream().filter(r -> r.base() > 0).toList();
    List<Spread> spreads = new ArrayList<>(spreads(Optional.empty(), paid, budget));
    Map<OrgUnitId, List<RangeReceipt>> byUnit = new LinkedHashMap<>();
    paid.stream().filter(r -> units.containsKey(r.recipient())).sorted(Comparator.comparing(r -> units.get(r.recipient())))
        .forEach(r -> byUnit.computeIfAbsent(units.get(r.recipient()), u -> new ArrayList<>()).add(r));
    byUnit.forEach((unit, rs) -> spreads.addAll(spreads(Optional.of(unit), rs, budget)));
    return new PayForPerformance(correlation(paid), spreads);
  }

  private static List<Spread> spreads(Optional<OrgUnitId> unit, List<RangeReceipt> receipts, Money budget) {
    Map<RatingLevel, List<RangeReceipt>> byLevel = new LinkedHashMap<>();
    receipts.stream().sorted(Comparator.comparingDouble(r -> r.rating().value()))
        .forEach(r -> byLevel.computeIfAbsent(r.rating(), l -> new ArrayList<>()).add(r));
    List<Spread> out = new ArrayList<>();
    byLevel.forEach((level, rs) -> {
      long[] bp = rs.stream().mapToLong(RangeReceipt::percentBp).sorted().toArray();
      long total = rs.stream().mapToLong(RangeReceipt::amount).reduce(0, Math::addExact);
      out.add(new Spread(unit, level, bp.length, bp[0], bp[(bp.length - 1) / 2], bp[bp.length - 1],
          new Money(budget.currency(), total)));
    });
    return out;
  }

  private static OptionalDouble correlation(List<RangeReceipt> receipts) {
    int n = receipts.size();
    if (n < 2) {
      return OptionalDouble.empty();
    }
    double mx = 0;
    double my = 0;
    for (RangeReceipt r : receipts) {
      mx += r.rating().value();
      my += (double) r.amount() / r.base();
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (RangeReceipt r : receipts) {
      double dx = r.rating().value() - mx;
      double dy = (double) r.amount() / r.base() - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (sxx == 0 || syy == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))));
  }
}
