package dev.pillars.scoring.calibration;

import dev.pillars.core.Checks;
import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.scoring.internal.LargestRemainder;
import dev.pillars.scoring.normalisation.NormalisationStrategy;
import dev.pillars.scoring.normalisation.NormalisedRating;
import dev.pillars.scoring.normalisation.RaterRating;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Calibrates a cycle's proposed ratings against a guideline: the distribution per population,
 * rater effects per manager, normalisation through any {@link NormalisationStrategy}, and the
 * fewest rating moves that bring a population within tolerance, each explained.
 *
 * <p>Immutable and thread-safe. Every computation is linear in the number of ratings except the
 * move search's ordering of raters; {@link #calibrate} does them all in one pass for a whole cycle.
 *
 * <pre>{@code
 * Calibrator calibrator = Calibrator.of(scale, Guideline.percent(5, 10, 20, 40, 20, 10));
 * CalibrationInput input = CalibrationInput.of(scale, proposedRatings);
 * MovePlan plan = calibrator.suggestMoves(input, Population.cycle());
 * }</pre>
 */
public final class Calibrator {
  private final RatingScale scale;
  private final Guideline guideline;

  private Calibrator(RatingScale scale, Guideline guideline) {
    this.scale = scale;
    this.guideline = guideline;
  }

  /**
   * Returns a calibrator for a scale and a guideline.
   *
   * @param scale the rating scale
   * @param guideline the guideline, one share per level of the scale
   * @return the calibrator
   * @throws dev.pillars.core.InvalidInputException if the guideline's levels differ from the scale's
   */
  public static Calibrator of(RatingScale scale, Guideline guideline) {
    Checks.notNull("scale", scale);
    Checks.notNull("guideline", guideline);
    Checks.require(guideline.levels() == scale.levels().size(), "guideline.shares", guideline.shares(),
        "must hold one share per level of the scale " + scale.labels());
    return new Calibrator(scale, guideline);
  }

  /**
   * Returns the rating scale.
   *
   * @return the scale
   */
  public RatingScale scale() {
    return scale;
  }

  /**
   * Returns the guideline.
   *
   * @return the guideline
   */
  public Guideline guideline() {
    return guideline;
  }

  /**
   * Returns the compact input of proposed ratings on this calibrator's scale.
   *
   * @param ratings the proposed ratings, each employee at most once
   * @return the input
   * @throws dev.pillars.core.InvalidInputException if an employee is rated twice or a level is not
   *     on the scale
   */
  public CalibrationInput input(List<ProposedRating> ratings) {
    return CalibrationInput.of(scale, ratings);
  }

  /**
   * Returns a population's distribution against the guideline.
   *
   * @param input the ratings
   * @param population the population
   * @return the distribution
   */
  public Distribution distribution(CalibrationInput input, Population population) {
    check(input);
    Checks.notNull("population", population);
    boolean[] in = input.members(population);
    List<Integer> counts = new ArrayList<>(guideline.levels());
    int[] c = new int[guideline.levels()];
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        c[input.level(i)]++;
      }
    }
    for (int x : c) {
      counts.add(x);
    }
    return new Distribution(population, counts, guideline);
  }

  /**
   * Returns the distributions of the whole cycle, then of each unit, then of each grade, units and
   * grades in order.
   *
   * @param input the ratings
   * @return the distributions
   */
  public List<Distribution> distributions(CalibrationInput input) {
    check(input);
    TreeSet<String> units = new TreeSet<>();
    TreeSet<String> grades = new TreeSet<>();
    for (ProposedRating r : input.ratings()) {
      units.add(r.unit().value());
      grades.add(r.grade());
    }
    List<Distribution> out = new ArrayList<>();
    out.add(distribution(input, Population.cycle()));
    units.forEach(u -> out.add(distribution(input, new Population(Population.Kind.UNIT, u))));
    grades.forEach(g -> out.add(distribution(input, Population.grade(g))));
    return List.copyOf(out);
  }

  /**
   * Returns each rater's profile against the whole input: leniency, severity and central tendency,
   * each a statistic with its group size and 95 % interval.
   *
   * @param input the ratings
   * @return one profile per rater, by rater id
   */
  public List<RaterProfile> raterEffects(CalibrationInput input) {
    check(input);
    return List.copyOf(new RaterStatistics(input).profiles(input));
  }

  /**
   * Returns the fewest rating moves that bring a population within the guideline's tolerance, each
   * explained by the rater effect it corrects (rater effects are measured over the whole input) or
   * by the distance from the guideline it closes.
   *
   * @param input the ratings
   * @param population the population to bring within tolerance
   * @return the plan
   */
  public MovePlan suggestMoves(CalibrationInput input, Population population) {
    check(input);
    Checks.notNull("population", population);
    RaterStatistics stats = new RaterStatistics(input);
    return new MoveSearch(input, guideline, stats, stats.profiles(input)).plan(population);
  }

  /**
   * Normalises the ratings' level values with a strategy, such as {@code
   * NormalisationStrategy.zScore} or {@code forcedDistribution}, each result with its receipt.
   *
   * @param input the ratings
   * @param strategy the normalisation strategy
   * @return one normalised rating per rating, in the input's order
   */
  public List<NormalisedRating> normalise(CalibrationInput input, NormalisationStrategy strategy) {
    check(input);
    Checks.notNull("strategy", strategy);
    List<RaterRating> ratings = new ArrayList<>(input.size());
    for (ProposedRating r : input.ratings()) {
      ratings.add(RaterRating.of(r.rater(), r.employee(), scale.levels().get(r.level()).value()));
    }
    return strategy.normalise(ratings);
  }

  /**
   * Calibrates a whole cycle in one pass over compact arrays: rater effects, per-rater z-scores,
   * the forced distribution onto the guideline, and the fewest moves for the whole cycle.
   *
   * @param input the ratings
   * @return the report
   */
  public CalibrationReport calibrate(CalibrationInput input) {
    check(input);
    RaterStatistics stats = new RaterStatistics(input);
    List<RaterProfile> profiles = stats.profiles(input);
    double[] z = stats.zScores(input);
    int[] forced = forced(input);
    MovePlan plan = new MoveSearch(input, guideline, stats, profiles).plan(Population.cycle());
    return new CalibrationReport(input, List.copyOf(profiles), z, forced, plan);
  }

  /**
   * Ranks the ratings by level, then by employee id (the input's order), and gives the lowest ranks
   * the lowest levels in the largest-remainder band counts.
   */
  private int[] forced(CalibrationInput input) {
    int n = input.size();
    int levels = guideline.levels();
    int[] start = new int[levels + 1];
    for (int i = 0; i < n; i++) {
      start[input.level(i) + 1]++;
    }
    for (int l = 0; l < levels; l++) {
      start[l + 1] += start[l];
    }
    int[] ranked = new int[n];
    for (int i = 0; i < n; i++) {
      ranked[start[input.level(i)]++] = i;
    }
    int[] counts = LargestRemainder.counts(guideline.shareArray(), n);
    int[] out = new int[n];
    int rank = 0;
    for (int band = 0; band < levels; band++) {
      for (int c = 0; c < counts[band]; c++) {
        out[ranked[rank++]] = band;
      }
    }
    return out;
  }

  private void check(CalibrationInput input) {
    Checks.notNull("input", input);
    Checks.require(input.scale().equals(scale), "input.scale", input.scale().labels(),
        "must be the calibrator's scale " + scale.labels());
  }

  @Override
  public String toString() {
    return "Calibrator[" + scale.labels() + ", " + guideline + "]";
  }
}
