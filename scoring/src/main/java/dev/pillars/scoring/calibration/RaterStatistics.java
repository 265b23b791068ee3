package dev.pillars.scoring.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-rater and population statistics of a calibration input over primitive arrays: means and
 * population standard deviations of the level values, and shares rated at the middle of the scale.
 */
final class RaterStatistics {
  /** The two-sided 95 % normal quantile. */
  static final double Z95 = 1.959963984540054;

  /** The two-sided 95 % quantiles of Student's t for 1 to 30 degrees of freedom. */
  private static final double[] T95 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

  final double[] values;
  final boolean[] middle;
  final double populationMean;
  final double populationSd;
  final double populationMiddleShare;
  final int[] count;
  final double[] mean;
  final double[] sd;
  final double[] middleShare;

  RaterStatistics(CalibrationInput input) {
    int levels = input.scale().levels().size();
    values = new double[levels];
    middle = new boolean[levels];
    for (int l = 0; l < levels; l++) {
      values[l] = input.scale().levels().get(l).value();
      middle[l] = levels % 2 == 1 ? l == levels / 2 : l == levels / 2 || l == levels / 2 - 1;
    }
    int n = input.size();
    int raters = input.raterCount();
    count = new int[raters];
    mean = new double[raters];
    sd = new double[raters];
    middleShare = new double[raters];
    double sum = 0;
    int middles = 0;
    for (int k = 0; k < raters; k++) {
      double raterSum = 0;
      int raterMiddles = 0;
      int start = input.raterStart(k);
      int end = input.raterStart(k + 1);
      for (int p = start; p < end; p++) {
        int level = input.level(input.raterMember(p));
        raterSum += values[level];
        raterMiddles += middle[level] ? 1 : 0;
      }
      count[k] = end - start;
      mean[k] = raterSum / count[k];
      double squares = 0;
      for (int p = start; p < end; p++) {
        double d = values[input.level(input.raterMember(p))] - mean[k];
        squares += d * d;
      }
      sd[k] = Math.sqrt(squares / count[k]);
      middleShare[k] = (double) raterMiddles / count[k];
      sum += raterSum;
      middles += raterMiddles;
    }
    populationMean = n == 0 ? 0 : sum / n;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double d = values[input.level(i)] - populationMean;
      squares += d * d;
    }
    populationSd = n == 0 ? 0 : Math.sqrt(squares / n);
    populationMiddleShare = n == 0 ? 0 : (double) middles / n;
  }

  List<RaterProfile> profiles(CalibrationInput input) {
    List<RaterProfile> out = new ArrayList<>(count.length);
    for (int k = 0; k < count.length; k++) {
      out.add(profile(input, k));
    }
    return out;
  }

  /**
   * Returns the two-sided 95 % quantile of Student's t with {@code n - 1} degrees of freedom, so
   * that a small group's interval is as wide as its size warrants; infinite for one rating, whose
   * difference from the population says nothing about its rater.
   */
  static double quantile(int n) {
    int df = n - 1;
    if (df < 1) {
      return Double.POSITIVE_INFINITY;
    }
    return df <= T95.length ? T95[df - 1] : Z95 + (Z95 * Z95 * Z95 + Z95) / (4.0 * df);
  }

  RaterProfile profile(CalibrationInput input, int k) {
    int n = count[k];
    double t = quantile(n);
    double lenient = mean[k] - populationMean;
    if (n == 1) {
      double central = middleShare[k] - populationMiddleShare;
      return new RaterProfile(input.rater(k), new Statistic(lenient, lenient - span(), lenient + span(), 1),
          new Statistic(central, -populationMiddleShare, 1 - populationMiddleShare, 1));
    }
    double half = t * populationSd / Math.sqrt(n);
    double p = middleShare[k];
    double z2 = t * t;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double spread = t / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    double central = p - populationMiddleShare;
    return new RaterProfile(
        input.rater(k),
        new Statistic(lenient, lenient - half, lenient + half, n),
        new Statistic(central, Math.min(central, centre - spread - populationMiddleShare),
            Math.max(central, centre + spread - populationMiddleShare), n));
  }

  /** Returns the widest difference of means the scale allows: the interval of a rater of one. */
  private double span() {
    return values[values.length - 1] - values[0];
  }

  /**
   * Returns each rating's per-rater z-score normalisation, as {@code NormalisationStrategy.zScore}
   * computes it on the scale from the lowest to the highest level value.
   */
  double[] zScores(CalibrationInput input) {
    double min = values[0];
    double max = values[values.length - 1];
    double[] out = new double[input.size()];
    for (int i = 0; i < out.length; i++) {
      int k = input.raterOf(i);
      double rating = values[input.level(i)];
      boolean varies = sd[k] > 1e-9 * (max - min);
      double value = varies
          ? populationMean + populationSd * ((rating - mean[k]) / sd[k])
          : rating - mean[k] + populationMean;
      out[i] = Math.max(min, Math.min(max, value));
    }
    return out;
  }
}
