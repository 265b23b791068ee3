package dev.pillars.scoring.rating;

import dev.pillars.core.rating.RatingScale;
import static java.util.Objects.requireNonNull;

import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.ScoringStrategy;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.spi.StrategyProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a continuous score to a level of an ordered rating scale.
 *
 * <p><b>No score.</b> A rating always has a level: it is given one score. A person with no score
 * has no rating; the caller does not ask for one. It never returns a {@link
 * dev.pillars.scoring.NoScore}.
 *
 * <p>Duties of an implementation, besides those of {@link ScoringStrategy}: record the score as
 * the receipt line {@value #SCORE}, which is what {@link #replay(Receipt)} reads back, and give
 * the rating's score the level's value.
 */
public interface RatingStrategy extends ScoringStrategy {
  /** Name of score-to-level bands over any ordered scale. */
  String BANDS = "bands";

  /** Name of OKR grading bands: red, yellow, green over 0.0 to 1.0. */
  String OKR = "okr";

  /** The receipt line of the rated score. */
  String SCORE = "score";

  /**
   * Returns the scale this strategy rates on.
   *
   * @return the scale
   */
  RatingScale scale();

  /**
   * Maps a score to a level.
   *
   * @param score the score, finite
   * @return the level, with a receipt
   * @throws dev.pillars.core.InvalidInputException if the score is not finite or outside what the
   *     strategy rates
   */
  Rating rate(double score);

  @Override
  default StrategyKind kind() {
    return StrategyKind.RATING;
  }

  /**
   * Computes a receipt's rating again from its score line.
   *
   * @param receipt a receipt of this strategy
   * @return the same score, bit for bit
   * @throws dev.pillars.core.InvalidInputException if the receipt is not a rating receipt of this
   *     strategy's configuration
   */
  default Score replay(Receipt receipt) {
    return rate(requireNonNull(receipt, "receipt").requireWrittenBy(this).requiredLine(SCORE)).score();
  }

  /**
   * Returns bands over a scale: level {@code i > 0} starts at {@code lowerBounds[i - 1]} and runs
   * up to the next bound, excluded; scores below the first bound get the lowest level.
   *
   * @param scale the scale
   * @param lowerBounds one bound per level except the lowest, strictly increasing
   * @return the strategy
   * @throws dev.pillars.scoring.InvalidParameterException if the bounds do not fit the scale
   */
  static RatingStrategy bands(RatingScale scale, List<Double> lowerBounds) {
    return BandRating.create(BandRating.config(scale).withNumbers(BandRating.LOWER_BOUNDS, lowerBounds));
  }

  /**
   * Returns bands over a scale that map a score to the nearest level: bounds halfway between
   * successive levels' values, a tie going to the higher level.
   *
   * @param scale the scale
   * @return the strategy
   */
  static RatingStrategy nearest(RatingScale scale) {
    return BandRating.create(BandRating.config(scale));
  }

  /**
   * Returns OKR grading bands over 0.0 to 1.0: red 0.0–0.3, yellow 0.4–0.6, green 0.7–1.0, on a
   * scale of values 1, 2 and 3. OKR grades are given in tenths, so the published bands leave gaps;
   * this strategy closes them by letting each band run up to the next one's start: red {@code [0.0,
   * 0.4)}, yellow {@code [0.4, 0.7)}, green {@code [0.7, 1.0]}, so 0.35 is red and 0.65 yellow, and
   * the receipt notes when a grade fell in a gap. Scores outside 0.0 to 1.0 are rejected.
   *
   * @return the strategy
   */
  static RatingStrategy okr() {
    return BandRating.create(StrategyConfig.of(OKR));
  }

  /**
   * Returns the providers of the built-in rating strategies, which every {@code StrategyRegistry}
   * holds.
   *
   * @return the providers
   */
  static List<StrategyProvider> builtIns() {
    return List.of(
        StrategyProvider.of(BANDS, StrategyKind.RATING, BandRating::create),
        StrategyProvider.of(OKR, StrategyKind.RATING, BandRating::create));
  }

  /**
   * Returns midpoints between successive values, the bounds of {@link #nearest(RatingScale)}.
   *
   * @param scale the scale
   * @return one bound per level except the lowest
   */
  static List<Double> midpoints(RatingScale scale) {
    List<Double> values = requireNonNull(scale, "scale").values();
    List<Double> bounds = new ArrayList<>(values.size() - 1);
    for (int i = 1; i < values.size(); i++) {
      bounds.add(values.get(i - 1) + (values.get(i) - values.get(i - 1)) / 2);
    }
    return bounds;
  }
}
