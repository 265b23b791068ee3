package dev.pillars.testing.scoring;

import dev.pillars.scoring.Scale;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.scoring.rating.RatingStrategy;
import java.util.List;
import org.junit.jupiter.api.Nested;

/** Every built-in rating runs the rating contract. */
class RatingContractsTest {
  static final RatingScale FIVE =
      RatingScale.of(
          RatingLevel.of(1, "unsatisfactory"),
          RatingLevel.of(2, "needs improvement"),
          RatingLevel.of(3, "meets expectations"),
          RatingLevel.of(4, "exceeds expectations"),
          RatingLevel.of(5, "outstanding"));

  @Nested
  class Bands implements RatingStrategyContract {
    @Override
    public RatingStrategy subject() {
      return RatingStrategy.bands(FIVE, List.of(40.0, 60.0, 75.0, 90.0));
    }

    @Override
    public Scale scores() {
      return Scale.of(-10, 110);
    }

    @Override
    public List<StrategyConfig> badConfigs() {
      StrategyConfig base =
          StrategyConfig.of(RatingStrategy.BANDS).withNumbers("values", FIVE.values()).withTexts("labels", FIVE.labels());
      return List.of(
          base.withNumbers("lowerBounds", List.of(40.0, 60.0, 75.0)),
          base.withNumbers("lowerBounds", List.of(40.0, 30.0, 75.0, 90.0)),
          base.withNumbers("values", List.of(1.0, 2.0)),
          base.withNumbers("values", List.of(5.0, 4.0, 3.0, 2.0, 1.0)),
          StrategyConfig.of(RatingStrategy.BANDS).withTexts("labels", FIVE.labels()));
    }
  }

  @Nested
  class Nearest implements RatingStrategyContract {
    @Override
    public RatingStrategy subject() {
      return RatingStrategy.nearest(FIVE);
    }
  }

  @Nested
  class Okr implements RatingStrategyContract {
    @Override
    public RatingStrategy subject() {
      return RatingStrategy.okr();
    }

    @Override
    public Scale scores() {
      return Scale.FRACTION;
    }

    @Override
    public List<Double> badInputs() {
      return List.of(Double.NaN, -0.1, 1.1);
    }
  }
}
