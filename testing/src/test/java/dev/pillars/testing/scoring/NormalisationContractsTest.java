package dev.pillars.testing.scoring;

import dev.pillars.scoring.Scale;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.normalisation.NormalisationStrategy;
import java.util.List;
import org.junit.jupiter.api.Nested;

/** Every built-in normalisation runs the normalisation contract. */
class NormalisationContractsTest {
  @Nested
  class Identity implements NormalisationStrategyContract {
    @Override
    public NormalisationStrategy subject() {
      return NormalisationStrategy.identity();
    }

    @Override
    public Scale scale() {
      return Scale.of(1, 5);
    }
  }

  @Nested
  class ZScore implements NormalisationStrategyContract {
    @Override
    public NormalisationStrategy subject() {
      return NormalisationStrategy.zScore(Scale.of(1, 5));
    }

    @Override
    public Scale scale() {
      return Scale.of(1, 5);
    }

    @Override
    public List<StrategyConfig> badConfigs() {
      return List.of(
          StrategyConfig.of(NormalisationStrategy.Z_SCORE),
          StrategyConfig.of(NormalisationStrategy.Z_SCORE).withNumbers("scale", List.of(5.0, 1.0)),
          StrategyConfig.of(NormalisationStrategy.Z_SCORE).withNumbers("scale", List.of(1.0, 3.0, 5.0)));
    }
  }

  @Nested
  class StarsToPercent implements NormalisationStrategyContract {
    @Override
    public NormalisationStrategy subject() {
      return NormalisationStrategy.rescale(Scale.stars(5), Scale.PERCENT);
    }

    @Override
    public Scale scale() {
      return Scale.stars(5);
    }

    @Override
    public List<StrategyConfig> badConfigs() {
      return List.of(
          StrategyConfig.of(NormalisationStrategy.RESCALE).withNumbers("from", List.of(0.0, 5.0)),
          StrategyConfig.of(NormalisationStrategy.RESCALE)
              .withNumbers("from", List.of(0.0, 5.0))
              .withNumbers("to", List.of(100.0, 100.0)));
    }
  }

  /**
   * Forced distribution keeps each rater's strict order and may split equal ratings at a band
   * boundary (exact band sizes require it), so its populations give each rater distinct ratings.
   */
  @Nested
  class ForcedDistribution implements NormalisationStrategyContract {
    @Override
    public NormalisationStrategy subject() {
      return NormalisationStrategy.forcedDistribution(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of(0.1, 0.2, 0.4, 0.2, 0.1));
    }

    @Override
    public Scale scale() {
      return Scale.of(1, 5);
    }

    @Override
    public org.quicktheories.core.Gen<List<dev.pillars.scoring.normalisation.RaterRating>> populations() {
      return NormalisationStrategyContract.super.populations().map(ratings -> {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return ratings.stream().filter(r -> seen.add(r.rater().value() + "/" + r.value())).toList();
      });
    }

    @Override
    public List<StrategyConfig> badConfigs() {
      String name = NormalisationStrategy.FORCED_DISTRIBUTION;
      return List.of(
          StrategyConfig.of(name),
          StrategyConfig.of(name).withNumbers("levels", List.of(1.0, 2.0)).withNumbers("shares", List.of(0.5, 0.6)),
          StrategyConfig.of(name).withNumbers("levels", List.of(2.0, 1.0)).withNumbers("shares", List.of(0.5, 0.5)),
          StrategyConfig.of(name).withNumbers("levels", List.of(1.0, 2.0)).withNumbers("shares", List.of(1.0)));
    }
  }
}
