package dev.pillars.scoring.calibration;

import dev.pillars.core.Checks;
import dev.pillars.core.calibration.Population;
import java.util.ArrayList;
import java.util.List;

/**
 * How a population's ratings spread over the levels, against a guideline.
 *
 * @param population the population
 * @param counts how many people each level holds, lowest first
 * @param guideline the guideline compared with
 */
public record Distribution(Population population, List<Integer> counts, Guideline guideline) {
  /**
   * Creates a distribution.
   *
   * @param population the population
   * @param counts how many people each level holds, lowest first, each 0 or more
   * @param guideline the guideline, with as many levels as there are counts
   * @throws dev.pillars.core.InvalidInputException if a count is negative or the number of counts
   *     differs from the guideline's levels
   */
  public Distribution {
    Checks.notNull("population", population);
    Checks.notNull("counts", counts);
    Checks.notNull("guideline", guideline);
    Checks.require(counts.size() == guideline.levels(), "counts", counts,
        "must hold one count per guideline level, " + guideline.levels());
    for (int i = 0; i < counts.size(); i++) {
      Checks.require(Checks.notNull("counts[" + i + "]", counts.get(i)) >= 0, "counts[" + i + "]", counts.get(i),
          "must be 0 or more");
    }
    counts = List.copyOf(counts);
  }

  /**
   * Returns the number of people in the population.
   *
   * @return the sum of the counts
   */
  public int size() {
    return counts.stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Returns each level's share of the population; all zero for an empty population.
   *
   * @return one share per level, lowest first
   */
  public List<Double> shares() {
    int size = size();
    List<Double> out = new ArrayList<>(counts.size());
    for (int c : counts) {
      out.add(size == 0 ? 0.0 : (double) c / size);
    }
    return List.copyOf(out);
  }

  /**
   * Returns each level's share minus its guideline share.
   *
   * @return one deviation per level, lowest first; positive where the level holds too many
   */
  public List<Double> deviations() {
    List<Double> shares = shares();
    List<Double> out = new ArrayList<>(shares.size());
    for (int l = 0; l < shares.size(); l++) {
      out.add(shares.get(l) - guideline.shares().get(l));
    }
    return List.copyOf(out);
  }

  /**
   * Tells whether every level is within the guideline's tolerance.
   *
   * @return whether the guideline allows these counts
   */
  public boolean withinTolerance() {
    return guideline.allows(counts);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(population.toString()).append(": ");
    List<Double> shares = shares();
    for (int l = 0; l < counts.size(); l++) {
      text.append(l == 0 ? "" : " / ")
          .append(String.format(java.util.Locale.ROOT, "%d (%.0f %% vs %.0f %%)", counts.get(l), shares.get(l) * 100,
              guideline.shares().get(l) * 100));
    }
    return text.append(withinTolerance() ? ", within tolerance" : ", outside tolerance").toString();
  }
}
