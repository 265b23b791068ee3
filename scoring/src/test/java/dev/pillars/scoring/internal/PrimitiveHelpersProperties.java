package dev.pillars.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The primitive helpers of allocation and calibration against the plain JDK way of doing the same. */
class PrimitiveHelpersProperties {
  /** Values with many repeats and many equal hash codes ("Aa" and "BB" collide), up to 3,000 of them. */
  private static String[] values(long seed) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(random.nextBoolean() ? 20 : 3_000);
    int spread = 1 + random.nextInt(random.nextBoolean() ? 50 : 100_000);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      int v = random.nextInt(spread);
      out[i] = (random.nextBoolean() ? "Aa" : "BB") + v;
    }
    return out;
  }

  @Test
  void firstRepeatIsTheFirstIndexWhoseValueCameBefore() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      String[] v = values(seed);
      int[] hashes = new int[v.length];
      for (int i = 0; i < v.length; i++) {
        hashes[i] = Distinct.mix(v[i].hashCode());
      }
      Set<String> seen = new HashSet<>();
      int expected = -1;
      for (int i = 0; i < v.length && expected < 0; i++) {
        if (!seen.add(v[i])) {
          expected = i;
        }
      }
      assertThat(Distinct.firstRepeat(v, hashes)).isEqualTo(expected);
    });
  }

  @Test
  void theInternerNumbersValuesInTheOrderFirstSeen() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      String[] v = values(seed);
      Interner<String> interner = new Interner<>();
      Map<String, Integer> expected = new LinkedHashMap<>();
      for (String s : v) {
        int number = interner.numberOf(new String(s));
        expected.putIfAbsent(s, expected.size());
        assertThat(number).isEqualTo(expected.get(s));
      }
      assertThat(interner.values()).containsExactlyElementsOf(expected.keySet());
    });
  }

  @Test
  void intSortIsTheStableSortOfTheIndices() {
    qt().forAll(longs().all(), integers().between(0, 2_000)).checkAssert((seed, n) -> {
      Random random = new Random(seed);
      int[] keys = new int[n];
      int[] a = new int[n + 3];
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        keys[i] = random.nextInt(1 + n / 4);
        a[i] = n - 1 - i;
        expected.add(n - 1 - i);
      }
      expected.sort((x, y) -> Integer.compare(keys[x], keys[y]));
      IntSort.sort(a, n, (x, y) -> Integer.compare(keys[x], keys[y]));
      List<Integer> actual = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        actual.add(a[i]);
      }
      assertThat(actual).isEqualTo(expected);
      assertThat(a[n]).isZero();
    });
  }
}
