package dev.pillars.testing.scoring;

import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import java.util.List;
import org.junit.jupiter.api.Nested;

/** Every built-in attainment runs the attainment contract. */
class AttainmentContractsTest {
  @Nested
  class Linear implements AttainmentStrategyContract {
    @Override
    public AttainmentStrategy subject() {
      return AttainmentStrategy.linear();
    }

    @Override
    public List<StrategyConfig> badConfigs() {
      return List.of(
          StrategyConfig.of(AttainmentStrategy.LINEAR).with("cap", 0.5),
          StrategyConfig.of(AttainmentStrategy.LINEAR).with("floor", 0.2),
          StrategyConfig.of(AttainmentStrategy.LINEAR).with("cap", "high"));
    }
  }

  @Nested
  class LinearCapped implements AttainmentStrategyContract {
    @Override
    public AttainmentStrategy subject() {
      return AttainmentStrategy.linear(1.2);
    }
  }

  @Nested
  class PayoutCurve implements AttainmentStrategyContract {
    @Override
    public AttainmentStrategy subject() {
      return AttainmentStrategy.payoutCurve();
    }

    @Override
    public List<StrategyConfig> badConfigs() {
      return List.of(
          StrategyConfig.of(AttainmentStrategy.PAYOUT_CURVE).with("thresholdPayout", -0.1),
          StrategyConfig.of(AttainmentStrategy.PAYOUT_CURVE).with("thresholdPayout", 1.2),
          StrategyConfig.of(AttainmentStrategy.PAYOUT_CURVE).with("stretchPayout", 0.9));
    }
  }

  @Nested
  class PayoutCurveSteep implements AttainmentStrategyContract {
    @Override
    public AttainmentStrategy subject() {
      return AttainmentStrategy.payoutCurve(0.25, 1.0, 2.0);
    }
  }

  @Nested
  class Binary implements AttainmentStrategyContract {
    @Override
    public AttainmentStrategy subject() {
      return AttainmentStrategy.binary();
    }
  }
}
