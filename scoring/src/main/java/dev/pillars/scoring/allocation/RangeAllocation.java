package dev.pillars.scoring.allocation;

import dev.pillars.core.reward.RangeOutcome;
import dev.pillars.core.reward.RangeReceipt;
import dev.pillars.scoring.internal.Distinct;
import dev.pillars.scoring.internal.Interner;

import dev.pillars.core.Checks;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.reward.IncreaseRange;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.rating.RatingLevel;
import java.util.Arrays;
import java.util.Collections;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A merit or bonus budget shared out across a population inside each person's range (a merit
 * matrix cell or a bonus plan's multiplier range), exact to the minor unit, with a receipt per
 * person.
 *
 * <p><b>Rules kept</b> (each checked by a property test):
 *
 * <ul>
 *   <li>The amounts add up to the budget exactly, and none is negative.
 *   <li>If the budget lies between the sum of the minimums and the sum of the maximums, everyone is
 *       inside their range ({@link RangeOutcome#WITHIN_RANGES}). Otherwise the outcome says which
 *       side, {@link #distance()} says how far, and {@link #outside()} who is outside.
 *   <li>Everyone with the same range gets the same rate of their base: one level {@code λ} is
 *       solved exactly so that {@code sum(base * clamp(λ * target, min, max)) = budget}; below the
 *       minimums every minimum is scaled down by one factor, above the maximums every maximum is
 *       scaled up by one factor. A range with a zero target gets nothing.
 *   <li>A higher rating never gets a smaller percentage than a lower one with otherwise equal
 *       inputs (same base and, in a merit matrix, same band), because matrices and plans never let
 *       a range fall as the rating rises.
 *   <li>Equal inputs get amounts at most one minor unit apart.
 * </ul>
 *
 * <p><b>Rounding and the tie rule.</b> Each cell's exact rate is cut to billionths of the base
 * (rounded down), each amount to whole minor units (rounded down) and then kept inside its range.
 * The units that leaves over go one each, round after round, to the people with the largest
 * remainder ({@code base * rate - amount}); ties go to the higher rating, then the higher base,
 * then the recipient id in ascending order. When keeping everyone at their minimum leaves the total
 * above the budget (only inside the ranges, by at most one unit a person), units are taken back in
 * the opposite order. Every {@link RangeReceipt} replays its amount from its numbers.
 *
 * <p>Limits: up to 16,777,215 people, up to 256 distinct rating values, bases up to {@value
 * RangeInput#MAX_BASE} minor units. Immutable and thread-safe.
 */
public final class RangeAllocation {
  private static final int MAX_PEOPLE = (1 << 24) - 1;

  private final Money budget;
  private final RangeOutcome outcome;
  private final RangeInput[] people;
  private final int[] cell;
  private final long[] rate;
  private final long[] amount;
  private final List<RangeReceipt> receipts = new ReceiptList();

  private RangeAllocation(Money budget, RangeOutcome outcome, RangeInput[] people, int[] cell, long[] rate, long[] amount) {
    this.budget = budget;
    this.outcome = outcome;
    this.people = people;
    this.cell = cell;
    this.rate = rate;
    this.amount = amount;
  }

  /**
   * Shares a budget out.
   *
   * <p>The work is done on primitive arrays, one entry per person; the receipts are made from them
   * when they are read (each read of {@link #receipts()} gives equal receipts).
   *
   * @param budget the budget, zero or positive
   * @param people the people, each once, at least one
   * @return the allocation, one receipt per person in input order
   * @throws NullPointerException if an argument or a person is null
   * @throws dev.pillars.core.InvalidInputException if the budget is negative, the population is
   *     empty or repeats someone, exceeds the limits, or a positive budget has nobody who can
   *     receive (no range with a positive target and maximum on a positive base)
   */
  public static RangeAllocation allocate(Money budget, List<RangeInput> people) {
    Checks.notNull("budget", budget);
    Checks.require(!budget.isNegative(), "budget", budget, "must be zero or positive");
    Checks.notNull("people", people);
    Checks.require(!people.isEmpty(), "people", people, "must hold at least one person");
    Checks.require(people.size() <= MAX_PEOPLE, "people", people.size() + " people", "must be at most " + MAX_PEOPLE);
    RangeInput[] in = people.toArray(new RangeInput[0]);
    int n = in.length;
    long[] base = new long[n];
    int[] cell = new int[n];
    int[] rank = new int[n];
    EmployeeId[] ids = new EmployeeId[n];
    int[] hashes = new int[n];
    Interner<IncreaseRange> cells = new Interner<>();
    Interner<RatingLevel> levels = new Interner<>();
    for (int i = 0; i < n; i++) {
      RangeInput p = in[i];
      if (p == null) {
        throw new NullPointerException("people[" + i + "]");
      }
      base[i] = p.base();
      cell[i] = cells.numberOf(p.range());
      rank[i] = levels.numberOf(p.rating());
      ids[i] = p.recipient();
      hashes[i] = Distinct.mix(ids[i].hashCode());
    }
    int repeat = Distinct.firstRepeat(ids, hashes);
    if (repeat >= 0) {
      throw new InvalidInputException("people", ids[repeat], "must name each person once");
    }
    TreeSet<Double> values = new TreeSet<>();
    levels.values().forEach(l -> values.add(l.value()));
    Checks.require(values.size() <= 256, "people", values.size() + " rating values", "must hold at most 256");
    int[] rankOf = new int[levels.values().size()];
    for (int l = 0; l < rankOf.length; l++) {
      rankOf[l] = values.headSet(levels.values().get(l).value()).size();
    }
    for (int i = 0; i < n; i++) {
      rank[i] = rankOf[rank[i]];
    }
    IncreaseRange[] ranges = cells.values().toArray(new IncreaseRange[0]);
    RangeSolver.Tie tie = (a, b) -> {
      int byBase = Long.compare(base[b], base[a]);
      return byBase != 0 ? byBase : ids[a].compareTo(ids[b]);
    };
    RangeSolver s = new RangeSolver(budget.minor(), base, cell, rank, ranges, tie);
    return new RangeAllocation(budget, s.outcome, in, cell, s.rate, s.amount);
  }

  /** The receipts, each made from the arrays when it is read. */
  private final class ReceiptList extends AbstractList<RangeReceipt> implements RandomAccess {
    @Override
    public RangeReceipt get(int i) {
      RangeInput p = people[i];
      long r = rate[cell[i]];
      long base = p.base();
      return new RangeReceipt(p.recipient(), p.rating(), base, p.range(), r, amount[i] - RangeReceipt.floor(base, r),
          RangeSolver.lo(base, p.range()), RangeSolver.hi(base, p.range()), amount[i]);
    }

    @Override
    public int size() {
      return people.length;
    }
  }

  /**
   * Returns the budget.
   *
   * @return the budget shared out
   */
  public Money budget() {
    return budget;
  }

  /**
   * Returns whether the budget fitted the ranges.
   *
   * @return the outcome
   */
  public RangeOutcome outcome() {
    return outcome;
  }

  /**
   * Returns one receipt per person, in input order.
   *
   * @return the receipts
   */
  public List<RangeReceipt> receipts() {
    return receipts;
  }

  /**
   * Returns the receipt of a person.
   *
   * @param recipient the person
   * @return the receipt, or empty if the person was not part of the allocation
   */
  public Optional<RangeReceipt> receipt(EmployeeId recipient) {
    Checks.notNull("recipient", recipient);
    return receipts.stream().filter(r -> r.recipient().equals(recipient)).findFirst();
  }

  /**
   * Returns the sum of the amounts, which equals the budget.
   *
   * @return the total
   */
  public Money total() {
    long total = 0;
    for (long a : amount) {
      total = Math.addExact(total, a);
    }
    return new Money(budget.currency(), total);
  }

  /**
   * Returns the people outside their range: below their minimum when the budget is short, above
   * their maximum when it is long; empty when everyone is inside.
   *
   * @return their receipts, in input order
   */
  public List<RangeReceipt> outside() {
    return receipts.stream().filter(r -> r.outsideBy() != 0).toList();
  }

  /**
   * Returns how far the budget is from the ranges: the sum of the minimums less the budget when it
   * is short (positive), the budget less the sum of the maximums when it is long (positive), zero
   * inside.
   *
   * @return the distance
   */
  public Money distance() {
    long d = 0;
    for (RangeReceipt r : receipts) {
      d = Math.addExact(d, Math.abs(r.outsideBy()));
    }
    return new Money(budget.currency(), d);
  }

  /**
   * Returns the allocation as a small table a person can read.
   *
   * @param limit at most this many receipts are shown
   * @return several lines of text
   */
  public String explain(int limit) {
    Money zero = Money.zero(budget.currency());
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s of %s: %s, total %s, outside by %s%n",
        outcome, budget, receipts.size() + " people", total(), distance()));
    receipts.stream().limit(limit).forEach(r -> sb.append(String.format(Locale.ROOT,
        "  %-10s %-12s base %14s range %-22s rate %13s -> %s%s%n", r.recipient(), r.rating().label(),
        new Money(zero.currency(), r.base()), r.range(), rate(r.rateNanos()),
        new Money(zero.currency(), r.amount()), r.adjustment() == 0 ? "" : " (" + signed(r.adjustment()) + ")")));
    return sb.toString();
  }

  private static String rate(long nanos) {
    return java.math.BigDecimal.valueOf(nanos, 7).toPlainString() + " %";
  }

  private static String signed(long units) {
    return (units > 0 ? "+" : "") + units + " unit" + (Math.abs(units) == 1 ? "" : "s");
  }

  @Override
  public String toString() {
    return "RangeAllocation " + outcome + " of " + budget + " across " + receipts.size() + " people";
  }

  /**
   * Returns the inputs of the allocation, in order.
   *
   * @return the inputs
   */
  public List<RangeInput> inputs() {
    return Collections.unmodifiableList(Arrays.asList(people));
  }

  /**
   * Returns the allocation as a run to keep, with its receipts.
   *
   * @param id the run's id
   * @param name what was shared
   * @return the run
   */
  public dev.pillars.core.reward.AllocationRun toRun(dev.pillars.core.reward.AllocationRunId id, String name) {
    return new dev.pillars.core.reward.AllocationRun(id, name, budget, outcome, receipts);
  }

  /**
   * Shares the same budget among the same people again: the result equals this allocation.
   *
   * @return a new, equal allocation
   */
  public RangeAllocation replay() {
    return allocate(budget, inputs());
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof RangeAllocation other
        && budget.equals(other.budget) && outcome == other.outcome && receipts.equals(other.receipts);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(budget, outcome, receipts);
  }
}
