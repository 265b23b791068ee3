package dev.pillars.core.recognition;

import dev.pillars.core.Checks;
import java.util.Arrays;

/**
 * The Gini coefficient of a population's non-negative amounts (recognitions or points received):
 * how unequally they are spread, from 0 when everybody has the same to near 1 when one person has
 * everything.
 *
 * <p><b>Definition.</b> For {@code n} amounts {@code x1 … xn} with mean {@code μ > 0}, the Gini
 * coefficient is the mean absolute difference over all ordered pairs divided by twice the mean:
 *
 * <pre>{@code G = Σi Σj |xi − xj| / (2 · n² · μ)}</pre>
 *
 * <p>It is 0 for an empty population and for one where every amount is 0 (nobody has more than
 * anyone else). It lies in {@code [0, 1 − 1/n]}, so always below 1; the bound is reached when one
 * person holds everything. It does not depend on the order of the amounts, and scaling every amount
 * by the same factor leaves it unchanged. This is the population form (not the sample form, which
 * divides by {@code n(n − 1)} and can reach 1).
 *
 * <p><b>Computation.</b> With the amounts sorted ascending ({@code x(1) ≤ … ≤ x(n)}), the double sum
 * equals {@code 2 · Σi (2i − n − 1) · x(i)}, so {@code G = Σi (2i − n − 1) · x(i) / (n · Σ x)}:
 * one sort, {@code O(n log n)}, instead of {@code n²} pairs. The sums are exact in {@code long}
 * arithmetic while they fit, which they do for populations of millions with amounts in the
 * millions; beyond that they are taken in {@code double}.
 */
public final class Gini {
  private Gini() {}

  /**
   * Returns the Gini coefficient of the amounts.
   *
   * @param amounts the amounts, each 0 or more; not changed
   * @return the coefficient, in {@code [0, 1)}; 0 if there are no amounts or all are 0
   * @throws NullPointerException if {@code amounts} is null
   * @throws dev.pillars.core.InvalidInputException if an amount is negative
   */
  public static double of(long[] amounts) {
    Checks.notNull("amounts", amounts);
    for (int i = 0; i < amounts.length; i++) {
      if (amounts[i] < 0) {
        Checks.require(false, "amounts[" + i + "]", amounts[i], "must be 0 or more");
      }
    }
    long[] sorted = amounts.clone();
    Arrays.sort(sorted);
    return ofSorted(sorted);
  }

  /** Returns the coefficient of amounts already sorted ascending, each 0 or more. */
  static double ofSorted(long[] sorted) {
    int n = sorted.length;
    long total = 0;
    long weighted = 0;
    boolean exact = true;
    double totalApprox = 0;
    double weightedApprox = 0;
    for (int i = 0; i < n; i++) {
      long x = sorted[i];
      long rank = 2L * (i + 1) - n - 1;
      if (exact) {
        try {
          total = Math.addExact(total, x);
          weighted = Math.addExact(weighted, Math.multiplyExact(rank, x));
        } catch (ArithmeticException overflow) {
          exact = false;
        }
      }
      totalApprox += x;
      weightedApprox += (double) rank * x;
    }
    if (exact) {
      return total == 0 ? 0 : (double) weighted / ((double) n * total);
    }
    return totalApprox == 0 ? 0 : weightedApprox / ((double) n * totalApprox);
  }
}
