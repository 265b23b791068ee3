package dev.pillars.scoring.allocation;

import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.reward.IncreaseRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Random populations for the range-allocation properties: a five-level scale, one or two bands
 * whose ranges never fall as the rating rises, bases drawn from a few repeated values and random
 * ones (so equal inputs occur), a currency with 0, 2 or 3 minor digits, and a budget around the
 * sums of the minimums and maximums.
 */
record RangePopulations(Money budget, List<RangeInput> people, List<Integer> bands) {
  static final RatingScale FIVE =
      RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("low", "partial", "meets", "exceeds", "top"));
  private static final List<String> CURRENCIES = List.of("JPY", "EUR", "BHD");

  static Gen<RangePopulations> all() {
    return SourceDSL.longs().all().map(RangePopulations::of);
  }

  static RangePopulations of(long seed) {
    Random random = new Random(seed);
    int bandCount = 1 + random.nextInt(2);
    IncreaseRange[][] matrix = new IncreaseRange[5][bandCount];
    for (int b = 0; b < bandCount; b++) {
      int min = 0;
      int target = 0;
      int max = 0;
      for (int l = 0; l < 5; l++) {
        min += step(random);
        target = Math.max(min, target) + step(random);
        max = Math.max(target, max) + step(random);
        matrix[l][b] = random.nextInt(8) == 0 && l == 0 ? IncreaseRange.of(0, 0, max) : IncreaseRange.of(min, target, max);
      }
    }
    int n = 1 + random.nextInt(random.nextBoolean() ? 6 : 40);
    long[] bases = {0, 100, 4_500_000, 4_500_000, 7_777_777, 1_000_000_000_000L};
    List<RangeInput> people = new ArrayList<>();
    List<Integer> bands = new ArrayList<>();
    long sumLo = 0;
    long sumHi = 0;
    for (int i = 0; i < n; i++) {
      int level = random.nextInt(5);
      int band = random.nextInt(bandCount);
      long base = random.nextInt(3) == 0 ? 1 + (long) (random.nextDouble() * 10_000_000) : bases[random.nextInt(bases.length)];
      IncreaseRange r = matrix[level][band];
      RatingLevel rating = FIVE.levels().get(level);
      people.add(RangeInput.of(EmployeeId.of("p" + random.nextInt(1000) + "-" + i), rating, base, r));
      bands.add(band);
      if (r.targetBp() > 0) {
        long hi = base * r.maxBp() / 10_000;
        sumHi += hi;
        sumLo += Math.min(hi, -Math.floorDiv(-base * r.minBp(), 10_000));
      }
    }
    long budget = switch (random.nextInt(6)) {
      case 0 -> sumLo;
      case 1 -> sumHi;
      case 2 -> Math.max(0, sumLo - 1 - random.nextInt(1000));
      case 3 -> sumHi + 1 + random.nextInt(1000);
      case 4 -> random.nextInt(100);
      default -> sumLo + (long) (random.nextDouble() * (sumHi - sumLo + 1));
    };
    if (sumHi == 0) {
      budget = 0;
    }
    return new RangePopulations(Money.of(CURRENCIES.get(random.nextInt(3)), budget), people, bands);
  }

  private static int step(Random random) {
    return random.nextInt(4) == 0 ? 0 : random.nextInt(300);
  }

  long sumLo() {
    return people.stream().filter(p -> p.range().targetBp() > 0)
        .mapToLong(p -> Math.min(p.base() * p.range().maxBp() / 10_000, -Math.floorDiv(-p.base() * p.range().minBp(), 10_000)))
        .sum();
  }

  long sumHi() {
    return people.stream().filter(p -> p.range().targetBp() > 0).mapToLong(p -> p.base() * p.range().maxBp() / 10_000).sum();
  }

  @Override
  public String toString() {
    return budget + " across " + people;
  }
}
