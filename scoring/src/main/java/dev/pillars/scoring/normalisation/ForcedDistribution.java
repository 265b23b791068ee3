package dev.pillars.scoring.normalisation;

import dev.pillars.core.Checks;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.internal.BuiltInStrategy;
import dev.pillars.scoring.internal.LargestRemainder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rank-based forced distribution: the population ranked by rating, ties by subject id and then
 * rater id, fills the bands from the lowest in their largest-remainder counts; each rating becomes
 * its band's level value.
 */
final class ForcedDistribution extends BuiltInStrategy implements NormalisationStrategy {
  static final String LEVELS = "levels";
  static final String SHARES = "shares";
  static final String RANK = "rank";
  static final String SIZE = "population.size";
  static final String BAND = "band";

  private final double[] levels;
  private final double[] shares;

  private ForcedDistribution(StrategyConfig config, double[] levels, double[] shares) {
    super(config);
    this.levels = levels;
    this.shares = shares;
  }

  static ForcedDistribution create(StrategyConfig config) {
    check(config, Set.of(FORCED_DISTRIBUTION), Set.of(LEVELS, SHARES));
    List<Double> levels = config.numbers(LEVELS);
    List<Double> shares = config.numbers(SHARES);
    if (levels.size() < 2) {
      throw config.invalid(LEVELS, levels, "must hold at least two level values");
    }
    for (int i = 1; i < levels.size(); i++) {
      if (!(levels.get(i) > levels.get(i - 1))) {
        throw config.invalid(LEVELS, levels, "must increase strictly");
      }
    }
    if (shares.size() != levels.size()) {
      throw config.invalid(SHARES, shares, "must hold one share per level, " + levels.size());
    }
    double sum = 0;
    for (double s : shares) {
      if (!(s >= 0 && s <= 1)) {
        throw config.invalid(SHARES, shares, "must each lie between 0 and 1");
      }
      sum += s;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw config.invalid(SHARES, shares, "must add up to 1, not " + sum);
    }
    return new ForcedDistribution(config, toArray(levels), toArray(shares));
  }

  private static double[] toArray(List<Double> list) {
    double[] out = new double[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  @Override
  public Optional<Scale> range() {
    return Optional.of(Scale.of(levels[0], levels[levels.length - 1]));
  }

  @Override
  public List<NormalisedRating> normalise(List<RaterRating> ratings) {
    Ratings.checkUnique(ratings);
    Integer[] order = new Integer[ratings.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> ratings.get(i).value())
        .thenComparing(i -> ratings.get(i).subject().value())
        .thenComparing(i -> ratings.get(i).rater().value()));
    int[] counts = LargestRemainder.counts(shares, ratings.size());
    int[] band = new int[ratings.size()];
    int[] rank = new int[ratings.size()];
    int r = 0;
    for (int b = 0; b < counts.length; b++) {
      for (int c = 0; c < counts[b]; c++, r++) {
        band[order[r]] = b;
        rank[order[r]] = r;
      }
    }
    List<NormalisedRating> out = new ArrayList<>(ratings.size());
    for (int i = 0; i < order.length; i++) {
      RaterRating rating = ratings.get(i);
      out.add(new NormalisedRating(rating.rater(), rating.subject(),
          score(rating.value(), band[i], rank[i], ratings.size())));
    }
    return out;
  }

  @Override
  public Score replay(Receipt receipt) {
    double rating = Ratings.rating(receipt, this);
    double band = receipt.fact(BAND);
    Checks.require(band == Math.rint(band) && band >= 0 && band < levels.length, "receipt.context." + BAND, band,
        "must be a band index of " + config());
    return score(rating, (int) band, (int) receipt.fact(RANK), (int) receipt.fact(SIZE));
  }

  private Score score(double rating, int band, int rank, int size) {
    double value = levels[band];
    return Score.of(
        Receipt.builder()
            .kind(kind())
            .config(config())
            .addLines(ReceiptLine.of(RATING, rating, 0.0, 0.0))
            .intercept(value)
            .unroundedValue(value)
            .putContext(RANK, rank)
            .putContext(SIZE, size)
            .putContext(BAND, band)
            .addNotes("ranked " + (rank + 1) + " of " + size + " from the lowest: band " + band)
            .build());
  }
}
