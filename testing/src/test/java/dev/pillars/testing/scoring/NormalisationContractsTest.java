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
}
