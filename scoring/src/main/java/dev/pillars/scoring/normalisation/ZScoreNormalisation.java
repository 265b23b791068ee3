package dev.pillars.scoring.normalisation;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.internal.BuiltInStrategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per-rater z-score normalisation, rescaled to the population's mean and deviation and clamped to
 * the scale. Statistics are computed over the ratings sorted by rater and subject, so the result
 * does not depend on input order.
 */
final class ZScoreNormalisation extends BuiltInStrategy implements NormalisationStrategy {
  static final String SCALE = "scale";
  static final String RATER_MEAN = "rater.mean";
  static final String RATER_SD = "rater.sd";
  static final String POPULATION_MEAN = "population.mean";
  static final String POPULATION_SD = "population.sd";

  private final Scale scale;

  private ZScoreNormalisation(StrategyConfig config, Scale scale) {
    super(config);
    this.scale = scale;
  }

  static ZScoreNormalisation create(StrategyConfig config) {
    check(config, Set.of(Z_SCORE), Set.of(SCALE));
    return new ZScoreNormalisation(config, Ratings.scale(config, SCALE));
  }

  @Override
  public Optional<Scale> range() {
    return Optional.of(scale);
  }

  @Override
  public List<NormalisedRating> normalise(List<RaterRating> ratings) {
    Ratings.checkUnique(ratings);
    for (RaterRating r : ratings) {
      Checks.inRange("ratings[" + r.rater() + " -> " + r.subject() + "].value", r.value(), scale.min(), scale.max());
    }
    List<RaterRating> sorted = new ArrayList<>(ratings);
    sorted.sort(Comparator.comparing((RaterRating r) -> r.rater().value()).thenComparing(r -> r.subject().value()));
    double[] population = stats(sorted);
    Map<EmployeeId, List<RaterRating>> byRater = new HashMap<>();
    for (RaterRating r : sorted) {
      byRater.computeIfAbsent(r.rater(), k -> new ArrayList<>()).add(r);
    }
    Map<EmployeeId, double[]> raterStats = new HashMap<>();
    byRater.forEach((rater, list) -> raterStats.put(rater, stats(list)));
    List<NormalisedRating> out = new ArrayList<>(ratings.size());
    for (RaterRating r : ratings) {
      double[] rs = raterStats.get(r.rater());
      out.add(new NormalisedRating(r.rater(), r.subject(), score(r.value(), rs[0], rs[1], population[0], population[1])));
    }
    return out;
  }

  @Override
  public Score replay(Receipt receipt) {
    double rating = Ratings.rating(receipt, this);
    return score(
        rating,
        receipt.fact(RATER_MEAN),
        receipt.fact(RATER_SD),
        receipt.fact(POPULATION_MEAN),
        receipt.fact(POPULATION_SD));
  }

  /** Returns {mean, population standard deviation} of the ratings, in list order. */
  private static double[] stats(List<RaterRating> ratings) {
    double sum = 0;
    for (RaterRating r : ratings) {
      sum += r.value();
    }
    double mean = sum / ratings.size();
    double squares = 0;
    for (RaterRating r : ratings) {
      double d = r.value() - mean;
      squares += d * d;
    }
    return new double[] {mean, Math.sqrt(squares / ratings.size())};
  }

  private Score score(double rating, double raterMean, double raterSd, double populationMean, double populationSd) {
    boolean varies = raterSd > 1e-9 * scale.width();
    double factor = varies ? populationSd / raterSd : 1.0;
    double unclamped = varies ? populationMean + populationSd * ((rating - raterMean) / raterSd) : rating - raterMean + populationMean;
    double value = scale.clamp(unclamped);
    double contribution = rating * factor;
    Receipt.Builder receipt =
        Receipt.builder()
            .kind(kind())
            .config(config())
            .addLines(ReceiptLine.of(RATING, rating, factor, contribution))
            .intercept(value - contribution)
            .unroundedValue(value)
            .putContext(RATER_MEAN, raterMean)
            .putContext(RATER_SD, raterSd)
            .putContext(POPULATION_MEAN, populationMean)
            .putContext(POPULATION_SD, populationSd);
    if (!varies) {
      receipt.addNotes("the rater's ratings do not vary: shifted by the difference of means only");
    }
    if (value != unclamped) {
      receipt.addNotes("clamped to the scale " + scale + " from " + unclamped);
    }
    return Score.of(receipt.build());
  }
}
