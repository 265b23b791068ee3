package dev.pillars.scoring.normalisation;

import dev.pillars.core.Checks;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.ScoringStrategy;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.spi.StrategyProvider;
import java.util.List;

/**
 * Adjusts a population of ratings, one receipt per rating.
 *
 * <p><b>No score.</b> Normalising no ratings gives no ratings (an empty list), never an error and
 * never a zero; every rating given gets a normalised score.
 *
 * <p>Duties of an implementation, besides those of {@link ScoringStrategy}: return one normalised
 * rating per input, in input order; keep each rater's order (a rating at least as high as another
 * of the same rater stays at least as high); reject a subject rated twice by the same rater;
 * record the rating as the receipt line {@value #RATING} and whatever population facts the result
 * depends on in the receipt's context, so that {@link #replay(Receipt)} computes the same value bit
 * for bit without the population.
 */
public interface NormalisationStrategy extends ScoringStrategy {
  /** Name of the identity: ratings stay as they are. */
  String IDENTITY = "identity";

  /** Name of per-rater z-score normalisation rescaled to the population and clamped to the scale. */
  String Z_SCORE = "z-score";

  /** Name of rank-based forced distribution onto bands with fixed shares. */
  String FORCED_DISTRIBUTION = "forced-distribution";

  /** Name of linear conversion from one scale to another. */
  String RESCALE = "rescale";

  /** The receipt line of the rating being normalised. */
  String RATING = "rating";

  /**
   * Normalises a population of ratings.
   *
   * @param ratings the ratings; each (rater, subject) pair at most once
   * @return one normalised rating per input, in input order
   * @throws dev.pillars.core.InvalidInputException if a pair repeats or a rating is outside what
   *     the strategy accepts
   */
  List<NormalisedRating> normalise(List<RaterRating> ratings);

  /**
   * Computes one normalised rating again from its receipt.
   *
   * @param receipt a receipt of this strategy
   * @return the same score, bit for bit
   * @throws dev.pillars.core.InvalidInputException if the receipt is not a normalisation receipt of
   *     this strategy's configuration
   */
  Score replay(Receipt receipt);

  @Override
  default StrategyKind kind() {
    return StrategyKind.NORMALISATION;
  }

  /**
   * Returns the identity: every rating stays as it is.
   *
   * @return the strategy
   */
  static NormalisationStrategy identity() {
    return LinearNormalisation.create(StrategyConfig.of(IDENTITY));
  }

  /**
   * Returns per-rater z-score normalisation on a scale: each rating becomes {@code populationMean +
   * populationSd * (rating - raterMean) / raterSd}, clamped to the scale. A rater whose ratings do
   * not vary (or who rated one subject) is only shifted: {@code rating - raterMean +
   * populationMean}. Standard deviations are population deviations (divided by n).
   *
   * @param scale the rating scale; ratings must lie on it
   * @return the strategy
   */
  static NormalisationStrategy zScore(Scale scale) {
    Checks.notNull("scale", scale);
    return ZScoreNormalisation.create(
        StrategyConfig.of(Z_SCORE).withNumbers(ZScoreNormalisation.SCALE, List.of(scale.min(), scale.max())));
  }

  /**
   * Returns linear conversion from one scale to another, such as 5 stars to 0–100.
   *
   * @param from the scale ratings are on
   * @param to the scale to convert to
   * @return the strategy
   */
  static NormalisationStrategy rescale(Scale from, Scale to) {
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    return LinearNormalisation.create(
        StrategyConfig.of(RESCALE)
            .withNumbers(LinearNormalisation.FROM, List.of(from.min(), from.max()))
            .withNumbers(LinearNormalisation.TO, List.of(to.min(), to.max())));
  }

  /**
   * Returns rank-based forced distribution: the population is ranked by rating (ties by subject id,
   * then rater id, so the result never depends on input order), band sizes are the shares'
   * largest-remainder counts (they add up to the population exactly), the lowest ranks fill the
   * lowest band, and each rating becomes its band's level value. A higher rating never ends in a
   * lower band than a lower rating; equal ratings may be split at a band boundary, as exact band
   * sizes require.
   *
   * @param levels the bands' level values, strictly increasing, at least two
   * @param shares one share per band, each from 0 to 1, adding up to 1
   * @return the strategy
   */
  static NormalisationStrategy forcedDistribution(List<Double> levels, List<Double> shares) {
    Checks.notNull("levels", levels);
    Checks.notNull("shares", shares);
    return ForcedDistribution.create(
        StrategyConfig.of(FORCED_DISTRIBUTION)
            .withNumbers(ForcedDistribution.LEVELS, levels)
            .withNumbers(ForcedDistribution.SHARES, shares));
  }

  /**
   * Returns the providers of the built-in normalisation strategies, which every {@code
   * StrategyRegistry} holds.
   *
   * @return the providers
   */
  static List<StrategyProvider> builtIns() {
    return List.of(
        StrategyProvider.of(IDENTITY, StrategyKind.NORMALISATION, LinearNormalisation::create),
        StrategyProvider.of(RESCALE, StrategyKind.NORMALISATION, LinearNormalisation::create),
        StrategyProvider.of(Z_SCORE, StrategyKind.NORMALISATION, ZScoreNormalisation::create),
        StrategyProvider.of(FORCED_DISTRIBUTION, StrategyKind.NORMALISATION, ForcedDistribution::create));
  }
}
