package dev.pillars.scoring.calibration;

import dev.pillars.core.Checks;
import dev.pillars.scoring.internal.LargestRemainder;
import java.util.ArrayList;
import java.util.List;

/**
 * The distribution of ratings a population should show, such as 10/20/40/20/10 % from the lowest
 * level to the highest, with a tolerance: a level's share may differ from its guideline share by at
 * most the tolerance.
 *
 * @param shares one share per rating level, lowest first, each from 0 to 1, adding up to 1
 * @param tolerance how far a level's share may be from its guideline share, from 0 to 1
 */
public record Guideline(List<Double> shares, double tolerance) {
  private static final double SLACK = 1e-9;

  /**
   * Creates a guideline.
   *
   * @param shares one share per rating level, lowest first, each from 0 to 1, adding up to 1
   * @param tolerance how far a level's share may be from its guideline share, from 0 to 1
   * @throws dev.pillars.core.InvalidInputException if there are fewer than two shares, a share is
   *     outside 0 to 1, the shares do not add up to 1 (within 1e-9), or the tolerance is outside 0
   *     to 1
   */
  public Guideline {
    Checks.notNull("shares", shares);
    Checks.require(shares.size() >= 2, "shares", shares, "must hold at least two levels");
    double sum = 0;
    for (int i = 0; i < shares.size(); i++) {
      sum += Checks.inRange("shares[" + i + "]", Checks.notNull("shares[" + i + "]", shares.get(i)), 0, 1);
    }
    Checks.require(Math.abs(sum - 1) <= SLACK, "shares", shares, "must add up to 1, not " + sum);
    Checks.inRange("tolerance", tolerance, 0, 1);
    shares = List.copyOf(shares);
  }

  /**
   * Returns a guideline in percent, such as {@code percent(5, 10, 20, 40, 20, 10)}: 10/20/40/20/10 %
   * within 5 percentage points.
   *
   * @param tolerancePoints the tolerance in percentage points, from 0 to 100
   * @param percents one percentage per level, lowest first, adding up to 100
   * @return the guideline
   */
  public static Guideline percent(double tolerancePoints, double... percents) {
    Checks.notNull("percents", percents);
    List<Double> shares = new ArrayList<>(percents.length);
    for (double p : percents) {
      shares.add(p / 100);
    }
    return new Guideline(shares, tolerancePoints / 100);
  }

  /**
   * Returns the number of levels.
   *
   * @return the number of shares
   */
  public int levels() {
    return shares.size();
  }

  /**
   * Returns the fewest people a level may hold in a population of {@code size} and stay within
   * tolerance.
   *
   * @param level the level index
   * @param size the population's size, 1 or more
   * @return the smallest allowed count
   */
  public int minCount(int level, int size) {
    double share = shares.get(Checks.inRange("level", level, 0, levels() - 1));
    return Math.max(0, (int) Math.ceil((share - tolerance) * positiveSize(size) - SLACK));
  }

  /**
   * Returns the most people a level may hold in a population of {@code size} and stay within
   * tolerance.
   *
   * @param level the level index
   * @param size the population's size, 1 or more
   * @return the largest allowed count
   */
  public int maxCount(int level, int size) {
    double share = shares.get(Checks.inRange("level", level, 0, levels() - 1));
    return Math.min(size, (int) Math.floor((share + tolerance) * positiveSize(size) + SLACK));
  }

  /**
   * Tells whether counts per level are within tolerance of the guideline.
   *
   * @param counts one count per level, lowest first
   * @return whether every level's share is within tolerance; an empty population always is
   */
  public boolean allows(List<Integer> counts) {
    Checks.notNull("counts", counts);
    Checks.require(counts.size() == levels(), "counts", counts, "must hold one count per level, " + levels());
    int size = counts.stream().mapToInt(Integer::intValue).sum();
    if (size == 0) {
      return true;
    }
    for (int l = 0; l < levels(); l++) {
      if (counts.get(l) < minCount(l, size) || counts.get(l) > maxCount(l, size)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns how many people each level gets when a population of {@code size} is forced onto the
   * guideline exactly, by the largest-remainder method (the lower level first among equal
   * remainders); the counts add up to {@code size}.
   *
   * @param size the population's size, 0 or more
   * @return one count per level, lowest first
   */
  public List<Integer> bandCounts(int size) {
    Checks.require(size >= 0, "size", size, "must be 0 or more");
    List<Integer> out = new ArrayList<>(levels());
    for (int c : LargestRemainder.counts(shareArray(), size)) {
      out.add(c);
    }
    return List.copyOf(out);
  }

  double[] shareArray() {
    double[] out = new double[levels()];
    for (int i = 0; i < out.length; i++) {
      out[i] = shares.get(i);
    }
    return out;
  }

  private static int positiveSize(int size) {
    Checks.require(size >= 1, "size", size, "must be 1 or more");
    return size;
  }
}
