package dev.pillars.scoring.calibration;

import dev.pillars.core.Checks;
import java.util.List;

/**
 * A whole cycle calibrated by {@link Calibrator#calibrate}: rater profiles, each rating's per-rater
 * z-score, its level under the forced distribution, and the fewest moves for the whole cycle.
 *
 * <p>A result, not a value: it holds its numbers in arrays and reads them by rating index (the
 * index into {@link CalibrationInput#ratings()}). Immutable and thread-safe.
 */
public final class CalibrationReport {
  private final CalibrationInput input;
  private final List<RaterProfile> raterProfiles;
  private final double[] zScores;
  private final int[] forcedLevels;
  private final MovePlan plan;

  CalibrationReport(CalibrationInput input, List<RaterProfile> raterProfiles, double[] zScores, int[] forcedLevels,
      MovePlan plan) {
    this.input = input;
    this.raterProfiles = raterProfiles;
    this.zScores = zScores;
    this.forcedLevels = forcedLevels;
    this.plan = plan;
  }

  /**
   * Returns the input calibrated.
   *
   * @return the input
   */
  public CalibrationInput input() {
    return input;
  }

  /**
   * Returns each rater's profile, by rater id.
   *
   * @return the profiles
   */
  public List<RaterProfile> raterProfiles() {
    return raterProfiles;
  }

  /**
   * Returns a rating's level value after per-rater z-score normalisation, as {@code
   * NormalisationStrategy.zScore} on the scale from the lowest to the highest level value gives it.
   *
   * @param index the rating's index
   * @return the normalised value
   */
  public double zScore(int index) {
    return zScores[Checks.inRange("index", index, 0, zScores.length - 1)];
  }

  /**
   * Returns a rating's level under the forced distribution: ratings ranked by level, then by
   * employee id, take the guideline's largest-remainder band counts from the lowest level up.
   *
   * @param index the rating's index
   * @return the level index
   */
  public int forcedLevel(int index) {
    return forcedLevels[Checks.inRange("index", index, 0, forcedLevels.length - 1)];
  }

  /**
   * Returns the fewest moves that bring the whole cycle within tolerance.
   *
   * @return the plan
   */
  public MovePlan plan() {
    return plan;
  }

  @Override
  public String toString() {
    return "CalibrationReport[" + input + ", " + plan.moves().size() + " moves]";
  }
}
