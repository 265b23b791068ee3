package dev.pillars.testing.scoring;

import dev.pillars.scoring.Rounding;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.allocation.AllocationStrategy;
import java.util.List;
import org.junit.jupiter.api.Nested;

/** The built-in allocation runs the allocation contract with several exponents. */
class AllocationContractsTest {
  static List<StrategyConfig> bad() {
    StrategyConfig base = StrategyConfig.of(AllocationStrategy.RATING_PROPORTIONAL);
    return List.of(base.with("exponent", -1.0), base.with("exponent", 11.0), base.withRounding(Rounding.halfUp(2)));
  }

  @Nested
  class Proportional implements AllocationStrategyContract {
    @Override
    public AllocationStrategy subject() {
      return AllocationStrategy.ratingProportional();
    }

    @Override
    public List<StrategyConfig> badConfigs() {
      return bad();
    }
  }

  @Nested
  class Squared implements AllocationStrategyContract {
    @Override
    public AllocationStrategy subject() {
      return AllocationStrategy.ratingProportional(2);
    }
  }

  @Nested
  class RatingIgnored implements AllocationStrategyContract {
    @Override
    public AllocationStrategy subject() {
      return AllocationStrategy.ratingProportional(0);
    }
  }
}
