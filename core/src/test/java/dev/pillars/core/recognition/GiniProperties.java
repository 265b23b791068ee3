package dev.pillars.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the Gini coefficient: its range, equality, symmetry and the pairwise definition. */
class GiniProperties {
  /** Populations of 0 to 60 amounts, small (many ties and zeros) or large. */
  private static final Gen<List<Long>> AMOUNTS =
      lists().of(longs().between(0, 5).mix(longs().between(0, 1_000_000_000L), 30)).ofSizeBetween(0, 60);

  private static long[] array(List<Long> amounts) {
    return amounts.stream().mapToLong(Long::longValue).toArray();
  }

  /** The definition, pair by pair: Σi Σj |xi − xj| / (2 n² μ), 0 without a positive mean. */
  private static double pairwise(long[] x) {
    double total = 0;
    for (long v : x) {
      total += v;
    }
    if (total == 0) {
      return 0;
    }
    double differences = 0;
    for (long a : x) {
      for (long b : x) {
        differences += Math.abs((double) a - b);
      }
    }
    return differences / (2.0 * x.length * total);
  }

  @Test
  void liesInZeroToBelowOne() {
    qt().forAll(AMOUNTS).check(amounts -> {
      double g = Gini.of(array(amounts));
      return g >= 0 && g < 1 && (amounts.isEmpty() || g <= 1 - 1.0 / amounts.size() + 1e-12);
    });
  }

  @Test
  void isZeroWhenEverybodyHasTheSame() {
    qt().forAll(integers().between(0, 200), longs().between(0, 1_000_000_000L))
        .check((n, amount) -> {
          long[] equal = new long[n];
          java.util.Arrays.fill(equal, amount);
          return Gini.of(equal) == 0;
        });
  }

  @Test
  void doesNotDependOnTheOrder() {
    qt().forAll(AMOUNTS, longs().all()).check((amounts, seed) -> {
      List<Long> shuffled = new ArrayList<>(amounts);
      Collections.shuffle(shuffled, new Random(seed));
      return Gini.of(array(shuffled)) == Gini.of(array(amounts));
    });
  }

  @Test
  void agreesWithThePairwiseDefinition() {
    qt().forAll(AMOUNTS).check(amounts -> {
      long[] x = array(amounts);
      return Math.abs(Gini.of(x) - pairwise(x)) <= 1e-9;
    });
  }

  @Test
  void oneHolderOfEverythingReachesTheBound() {
    qt().forAll(integers().between(1, 500), longs().between(1, 1_000_000L)).check((n, amount) -> {
      long[] x = new long[n];
      x[0] = amount;
      return Math.abs(Gini.of(x) - (1 - 1.0 / n)) <= 1e-12;
    });
  }

  @Test
  void keepsItsInputAndRefusesNegativeAmounts() {
    long[] amounts = {3, 1, 2};
    Gini.of(amounts);
    assertThat(amounts).containsExactly(3, 1, 2);
    assertThatThrownBy(() -> Gini.of(new long[] {1, -1}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("amounts[1]")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> Gini.of(null)).isInstanceOf(NullPointerException.class).hasMessage("amounts");
  }

  @Test
  void staysCloseWhenSumsLeaveExactArithmetic() {
    long[] huge = {Long.MAX_VALUE / 2, Long.MAX_VALUE / 2, 0};
    assertThat(Gini.of(huge)).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
  }
}
