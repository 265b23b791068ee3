package dev.pillars.testing.scoring;

import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.rating.RatingStrategy;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The contract of a {@link RatingStrategy}: besides the common properties, the rating's level
 * belongs to the strategy's scale and the score's value is the level's value.
 */
public interface RatingStrategyContract extends ScoringStrategyContract<RatingStrategy, Double> {
  /**
   * Returns the scores to rate; by default the scale's range widened by half its width on each
   * side, with its level values mixed in.
   *
   * @return the scale generated scores lie on
   */
  default Scale scores() {
    Scale range = Scale.of(subject().scale().lowest().value(), subject().scale().highest().value());
    return Scale.of(range.min() - range.width() / 2, range.max() + range.width() / 2);
  }

  @Override
  default Gen<Double> inputs() {
    return Generate.oneOf(ScoringGens.values(scores()), Generate.pick(subject().scale().values()))
        .map(v -> Math.max(scores().min(), Math.min(scores().max(), v)));
  }

  @Override
  default Score score(RatingStrategy strategy, Double input) {
    var rating = strategy.rate(input);
    if (!strategy.scale().levels().contains(rating.level())) {
      throw new AssertionError("level " + rating.level() + " is not on the scale " + strategy.scale());
    }
    if (Double.compare(rating.level().value(), rating.score().receipt().unroundedValue()) != 0) {
      throw new AssertionError("the score " + rating.score() + " is not the level's value " + rating.level());
    }
    return rating.score();
  }

  @Override
  default Score replay(RatingStrategy strategy, Receipt receipt) {
    return strategy.replay(receipt);
  }

  @Override
  default int size(Double input) {
    return 1;
  }

  @Override
  default Double raise(Double input, int which, double by) {
    return input + by;
  }

  /** Returns NaN and the infinities; override to add more. */
  @Override
  default List<Double> badInputs() {
    return List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
  }
}
