package dev.pillars.benchmarks;

import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.reward.IncreaseRange;
import dev.pillars.core.reward.RangeReceipt;
import dev.pillars.scoring.allocation.RangeAllocation;
import dev.pillars.scoring.allocation.RangeInput;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A bonus pool shared across 500,000 people, each inside the range of their rating (five levels by
 * three bands of multipliers, as a bonus plan or merit matrix gives them), bases (prorated target
 * bonuses) from EUR 500 to EUR 40,000, a budget 3 % above the sum of the targets.
 *
 * <ul>
 *   <li>{@link #rangeAllocation}: {@link RangeAllocation#allocate}, the library's exact allocation
 *       with a receipt per person, made when it is read; the sum is exactly the budget (checked in
 *       the setup).
 *   <li>{@link #rangeAllocationReadingEveryReceipt}: the same, then every receipt read and replayed.
 *   <li>{@link #bigDecimalPerPerson}: the straightforward baseline: the scale factor budget over
 *       the sum of the targets as a {@link BigDecimal}, each person's target times it, clamped to
 *       their range and rounded down with {@code BigDecimal}, the units left over given to the first
 *       people with room. It keeps the bounds and the sum but none of the fairness rules (equal
 *       rates per cell, the tie rule) and no receipts.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class BonusPoolAllocationBenchmark {
  /** How many people share the pool. */
  @Param("500000")
  public int people;

  private List<RangeInput> inputs;
  private Money budget;

  /** Builds the population and checks that both methods meet the budget exactly. */
  @Setup
  public void setUp() {
    RatingScale scale = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("1", "2", "3", "4", "5"));
    IncreaseRange[][] cells = new IncreaseRange[5][3];
    for (int l = 0; l < 5; l++) {
      for (int b = 0; b < 3; b++) {
        int target = l * 3_000 + (2 - b) * 500;
        cells[l][b] = IncreaseRange.of(target / 2, target, target * 3 / 2 + 1_000);
      }
    }
    Random random = new Random(17);
    inputs = new ArrayList<>(people);
    long targets = 0;
    for (int i = 0; i < people; i++) {
      RatingLevel level = scale.levels().get(Math.min(4, Math.max(0, (int) Math.round(2 + random.nextGaussian()))));
      IncreaseRange range = cells[scale.levels().indexOf(level)][random.nextInt(3)];
      long base = 500_00 + random.nextInt(39_500_00);
      inputs.add(RangeInput.of(EmployeeId.of("e" + i), level, base, range));
      targets += base * range.targetBp() / IncreaseRange.ONE;
    }
    budget = Money.of("EUR", targets * 103 / 100);
    check(rangeAllocation().total().minor());
    check(bigDecimalPerPerson()[people]);
    check(rangeAllocationReadingEveryReceipt());
  }

  private void check(long total) {
    if (total != budget.minor()) {
      throw new IllegalStateException("total " + total + " is not the budget " + budget);
    }
  }

  /**
   * The library's allocation.
   *
   * @return the allocation
   */
  @Benchmark
  public RangeAllocation rangeAllocation() {
    return RangeAllocation.allocate(budget, inputs);
  }

  /**
   * The library's allocation, then every receipt read and replayed, as a host that stores or shows
   * them all does (the receipts are made when they are read).
   *
   * @return the sum of the replayed amounts
   */
  @Benchmark
  public long rangeAllocationReadingEveryReceipt() {
    long sum = 0;
    for (RangeReceipt r : RangeAllocation.allocate(budget, inputs).receipts()) {
      sum += r.replay();
    }
    return sum;
  }

  /**
   * The BigDecimal-per-person baseline.
   *
   * @return the amounts, then their total
   */
  @Benchmark
  public long[] bigDecimalPerPerson() {
    int n = inputs.size();
    BigDecimal sumTargets = BigDecimal.ZERO;
    for (RangeInput p : inputs) {
      sumTargets = sumTargets.add(BigDecimal.valueOf(p.base()).multiply(BigDecimal.valueOf(p.range().targetBp(), 4)));
    }
    BigDecimal factor = BigDecimal.valueOf(budget.minor()).divide(sumTargets, MathContext.DECIMAL128);
    long[] out = new long[n + 1];
    long[] max = new long[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      RangeInput p = inputs.get(i);
      BigDecimal base = BigDecimal.valueOf(p.base());
      BigDecimal lo = base.multiply(BigDecimal.valueOf(p.range().minBp(), 4)).setScale(0, RoundingMode.CEILING);
      BigDecimal hi = base.multiply(BigDecimal.valueOf(p.range().maxBp(), 4)).setScale(0, RoundingMode.FLOOR);
      BigDecimal amount = base.multiply(BigDecimal.valueOf(p.range().targetBp(), 4)).multiply(factor).max(lo).min(hi);
      out[i] = amount.setScale(0, RoundingMode.DOWN).longValueExact();
      max[i] = hi.longValueExact();
      total += out[i];
    }
    for (int i = 0; i < n && total < budget.minor(); i++) {
      if (out[i] < max[i]) {
        out[i]++;
        total++;
      }
    }
    out[n] = total;
    return out;
  }

  /**
   * Prints each method's CPU time per call on the calling thread, 15 rounds.
   *
   * @param args none
   */
  public static void main(String[] args) {
    BonusPoolAllocationBenchmark b = new BonusPoolAllocationBenchmark();
    b.people = 500_000;
    b.setUp();
    new CpuTimeRounds().add("rangeAllocation", b::rangeAllocation)
        .add("rangeAllocationReadingEveryReceipt", b::rangeAllocationReadingEveryReceipt)
        .add("bigDecimalPerPerson", b::bigDecimalPerPerson)
        .run(15);
  }
}
