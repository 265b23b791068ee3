package dev.pillars.scoring.allocation;

import dev.pillars.core.reward.RangeOutcome;
import dev.pillars.core.reward.RangeReceipt;
import dev.pillars.scoring.internal.IntSort;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.reward.IncreaseRange;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a range allocation, on primitive arrays: one rate per distinct range (cell),
 * solved exactly; each person's amount rounded down from it; the units left over (or, rarely, over)
 * placed by the tie rule. See {@link RangeAllocation} for the rules it keeps.
 */
final class RangeSolver {
  private static final long NANO = RangeReceipt.NANO;
  private static final BigInteger BP = BigInteger.valueOf(IncreaseRange.ONE);
  private static final BigInteger NANOS_PER_BP = BigInteger.valueOf(NANO / IncreaseRange.ONE);

  // inputs
  private final long budget;
  private final long[] base;
  private final int[] cell;
  private final int[] rank;
  private final IncreaseRange[] ranges;
  private final Tie tie;
  // results
  final long[] rate;
  final long[] lo;
  final long[] hi;
  final long[] floor;
  final long[] amount;
  final RangeOutcome outcome;

  /** Orders people with equal remainder and rating: negative if {@code a} gets a unit before {@code b}. */
  interface Tie {
    int compare(int a, int b);
  }

  RangeSolver(long budget, long[] base, int[] cell, int[] rank, IncreaseRange[] ranges, Tie tie) {
    this.budget = budget;
    this.base = base;
    this.cell = cell;
    this.rank = rank;
    this.ranges = ranges;
    this.tie = tie;
    int n = base.length;
    lo = new long[n];
    hi = new long[n];
    floor = new long[n];
    amount = new long[n];
    long sumLo = 0;
    long sumHi = 0;
    long[] cellBase = new long[ranges.length];
    int[] minBp = new int[ranges.length];
    int[] maxBp = new int[ranges.length];
    for (int c = 0; c < ranges.length; c++) {
      minBp[c] = ranges[c].targetBp() > 0 ? ranges[c].minBp() : 0;
      maxBp[c] = ranges[c].targetBp() > 0 ? ranges[c].maxBp() : 0;
    }
    for (int i = 0; i < n; i++) {
      int c = cell[i];
      cellBase[c] = Math.addExact(cellBase[c], base[i]);
      hi[i] = base[i] * maxBp[c] / IncreaseRange.ONE;
      lo[i] = Math.min(hi[i], ceilDiv(base[i] * minBp[c], IncreaseRange.ONE));
      sumLo = Math.addExact(sumLo, lo[i]);
      sumHi = Math.addExact(sumHi, hi[i]);
    }
    if (budget < sumLo) {
      outcome = RangeOutcome.BELOW_MINIMUMS;
    } else if (budget > sumHi) {
      Checks.require(sumHi > 0, "budget", budget,
          "cannot be shared: nobody has a range with a positive target and maximum on a positive base");
      outcome = RangeOutcome.ABOVE_MAXIMUMS;
    } else {
      outcome = RangeOutcome.WITHIN_RANGES;
    }
    rate = rates(cellBase);
    long left = budget;
    for (int i = 0; i < n; i++) {
      floor[i] = RangeReceipt.floor(base[i], rate[cell[i]]);
      amount[i] = Math.max(lower(i), Math.min(upper(i), floor[i]));
      left -= amount[i];
    }
    if (left != 0) {
      adjust(left);
    }
  }

  /** The least a person may get in this outcome. */
  private long lower(int i) {
    return switch (outcome) {
      case WITHIN_RANGES -> lo[i];
      case BELOW_MINIMUMS -> 0;
      case ABOVE_MAXIMUMS -> hi[i];
    };
  }

  /** The most a person may get in this outcome. */
  private long upper(int i) {
    return switch (outcome) {
      case WITHIN_RANGES -> hi[i];
      case BELOW_MINIMUMS -> lo[i];
      case ABOVE_MAXIMUMS -> hi[i] > 0 ? Long.MAX_VALUE : 0;
    };
  }

  /** One exact rate per cell, in billionths of the base, rounded down. */
  private long[] rates(long[] cellBase) {
    int cells = ranges.length;
    BigInteger[] s = new BigInteger[cells];
    BigInteger sumMin = BigInteger.ZERO;
    BigInteger sumMax = BigInteger.ZERO;
    for (int c = 0; c < cells; c++) {
      s[c] = BigInteger.valueOf(cellBase[c]);
      sumMin = sumMin.add(s[c].multiply(BigInteger.valueOf(ranges[c].minBp())));
      if (ranges[c].targetBp() > 0) {
        sumMax = sumMax.add(s[c].multiply(BigInteger.valueOf(ranges[c].maxBp())));
      }
    }
    BigInteger want = BigInteger.valueOf(budget).multiply(BP);
    long[] out = new long[cells];
    for (int c = 0; c < cells; c++) {
      IncreaseRange r = ranges[c];
      BigInteger min = BigInteger.valueOf(r.minBp()).multiply(NANOS_PER_BP);
      BigInteger max = BigInteger.valueOf(r.targetBp() > 0 ? r.maxBp() : 0).multiply(NANOS_PER_BP);
      BigInteger nanos = switch (outcome) {
        case BELOW_MINIMUMS -> sumMin.signum() == 0 ? min : min.multiply(want).divide(sumMin).min(min);
        case ABOVE_MAXIMUMS -> max.multiply(want).divide(sumMax).max(max);
        case WITHIN_RANGES -> null;
      };
      out[c] = nanos == null ? -1 : nanos.longValueExact();
    }
    if (outcome == RangeOutcome.WITHIN_RANGES) {
      withinRanges(s, want, out);
    }
    return out;
  }

  /**
   * Finds the level {@code λ} with {@code sum(base * clamp(λ * target, min, max)) = budget} exactly
   * (a fraction), clamped to the reachable interval, and sets each cell's rate from it.
   */
  private void withinRanges(BigInteger[] s, BigInteger want, long[] out) {
    List<Fraction> breaks = new ArrayList<>();
    breaks.add(new Fraction(BigInteger.ZERO, BigInteger.ONE));
    for (IncreaseRange r : ranges) {
      if (r.targetBp() > 0) {
        breaks.add(new Fraction(BigInteger.valueOf(r.minBp()), BigInteger.valueOf(r.targetBp())));
        breaks.add(new Fraction(BigInteger.valueOf(r.maxBp()), BigInteger.valueOf(r.targetBp())));
      }
    }
    breaks.sort(Fraction::compareTo);
    Fraction level = breaks.get(breaks.size() - 1);
    for (int k = 0; k < breaks.size(); k++) {
      Fraction at = breaks.get(k);
      if (total(s, at).compareTo(new Fraction(want, BigInteger.ONE)) >= 0) {
        level = k == 0 ? at : solve(s, want, breaks.get(k - 1), at);
        break;
      }
    }
    for (int c = 0; c < ranges.length; c++) {
      out[c] = percent(ranges[c], level).multiply(NANOS_PER_BP).divide(level.den).longValueExact();
    }
  }

  /** The level inside {@code (a, b]} where the total is linear: {@code A + λ * D = want}. */
  private Fraction solve(BigInteger[] s, BigInteger want, Fraction a, Fraction b) {
    // every cell is either fixed (at min or max) or free (λ * target) on the whole segment
    BigInteger fixedNum = BigInteger.ZERO;
    BigInteger slope = BigInteger.ZERO;
    Fraction mid = new Fraction(a.num.multiply(b.den).add(b.num.multiply(a.den)), a.den.multiply(b.den).shiftLeft(1));
    for (int c = 0; c < ranges.length; c++) {
      IncreaseRange r = ranges[c];
      BigInteger t = BigInteger.valueOf(r.targetBp());
      BigInteger atMid = mid.num.multiply(t);
      if (r.targetBp() == 0 || atMid.compareTo(BigInteger.valueOf(r.minBp()).multiply(mid.den)) <= 0) {
        fixedNum = fixedNum.add(s[c].multiply(BigInteger.valueOf(r.minBp())));
      } else if (atMid.compareTo(BigInteger.valueOf(r.maxBp()).multiply(mid.den)) >= 0) {
        fixedNum = fixedNum.add(s[c].multiply(BigInteger.valueOf(r.maxBp())));
      } else {
        slope = slope.add(s[c].multiply(t));
      }
    }
    return new Fraction(want.subtract(fixedNum), slope);
  }

  /** {@code sum(base * clamp(λ * target, min, max))} in basis points, as a fraction. */
  private Fraction total(BigInteger[] s, Fraction level) {
    BigInteger num = BigInteger.ZERO;
    for (int c = 0; c < ranges.length; c++) {
      num = num.add(s[c].multiply(percent(ranges[c], level)));
    }
    return new Fraction(num, level.den);
  }

  /** A cell's percentage in basis points times {@code level.den}. */
  private static BigInteger percent(IncreaseRange r, Fraction level) {
    if (r.targetBp() == 0) {
      return BigInteger.ZERO;
    }
    BigInteger v = level.num.multiply(BigInteger.valueOf(r.targetBp()));
    BigInteger min = BigInteger.valueOf(r.minBp()).multiply(level.den);
    BigInteger max = BigInteger.valueOf(r.maxBp()).multiply(level.den);
    return v.max(min).min(max);
  }

  /**
   * Places the units the rounding left over ({@code left > 0}) or put over ({@code left < 0}), one
   * per person in the tie order (reversed when taking), round after round, keeping each person
   * inside the outcome's bounds. A full round needs no order; the last, partial round selects its
   * people by a histogram of their keys and sorts only the bucket where it ends.
   */
  private void adjust(long left) {
    int n = base.length;
    boolean giving = left > 0;
    long remaining = Math.abs(left);
    int[] candidates = new int[n];
    while (remaining > 0) {
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (giving ? amount[i] < upper(i) : amount[i] > lower(i)) {
          candidates[m++] = i;
        }
      }
      if (m == 0) {
        throw new InvalidInputException("budget", budget, "cannot be met inside the bounds (internal error)");
      }
      if (remaining >= m) {
        for (int k = 0; k < m; k++) {
          amount[candidates[k]] += giving ? 1 : -1;
        }
        remaining -= m;
      } else {
        lastRound(candidates, m, (int) remaining, giving);
        remaining = 0;
      }
    }
  }

  /** Gives (or takes) one unit to the first {@code count} of {@code m} candidates in the tie order. */
  private void lastRound(int[] candidates, int m, int count, boolean giving) {
    long[] keys = new long[m];
    int[] histogram = new int[1 << 16];
    for (int k = 0; k < m; k++) {
      int i = candidates[k];
      // the order is the same every round: the remainder before any unit was placed, in (-10^9, 10^9)
      long deficit = remainder(i) - (Math.max(lower(i), Math.min(upper(i), floor[i])) - floor[i]) * NANO;
      long key = (deficit + NANO) << 8 | rank[i]; // below 2^39, larger goes first when giving
      keys[k] = giving ? key : (1L << 39) - 1 - key;
      histogram[(int) (keys[k] >>> 23)]++;
    }
    int bucket = histogram.length - 1;
    int above = 0;
    while (above + histogram[bucket] < count) {
      above += histogram[bucket--];
    }
    int[] boundary = new int[histogram[bucket]];
    int size = 0;
    for (int k = 0; k < m; k++) {
      int b = (int) (keys[k] >>> 23);
      if (b > bucket) {
        amount[candidates[k]] += giving ? 1 : -1;
      } else if (b == bucket) {
        boundary[size++] = k;
      }
    }
    IntSort.sort(boundary, size, (x, y) -> {
      int byKey = Long.compare(keys[y], keys[x]);
      if (byKey != 0) {
        return byKey;
      }
      int byTie = tie.compare(candidates[x], candidates[y]);
      return giving ? byTie : -byTie;
    });
    for (int k = 0; k < count - above; k++) {
      amount[candidates[boundary[k]]] += giving ? 1 : -1;
    }
  }

  /** The least amount of a range on a base, in minor units: zero for a range with a zero target. */
  static long lo(long base, IncreaseRange r) {
    return r.targetBp() > 0 ? Math.min(hi(base, r), ceilDiv(base * r.minBp(), IncreaseRange.ONE)) : 0;
  }

  /** The greatest amount of a range on a base, in minor units: zero for a range with a zero target. */
  static long hi(long base, IncreaseRange r) {
    return r.targetBp() > 0 ? base * r.maxBp() / IncreaseRange.ONE : 0;
  }

  /** {@code base * rate mod 10^9}. */
  private long remainder(int i) {
    long r = rate[cell[i]];
    long high = Math.multiplyHigh(base[i], r);
    long low = base[i] * r;
    if (high == 0 && low >= 0) {
      return low % NANO;
    }
    return BigInteger.valueOf(base[i]).multiply(BigInteger.valueOf(r)).mod(BigInteger.valueOf(NANO)).longValueExact();
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /** A non-negative fraction with a positive denominator. */
  private record Fraction(BigInteger num, BigInteger den) implements Comparable<Fraction> {
    @Override
    public int compareTo(Fraction o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
  }
}
