package dev.pillars.testing.scoring;

import dev.pillars.scoring.Scale;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.composition.AbsentComponentPolicy;
import dev.pillars.scoring.composition.CompositionStrategy;
import dev.pillars.scoring.preset.Presets;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.quicktheories.core.Gen;

/** Every built-in composition, and the composition presets, run the composition contract. */
class CompositionContractsTest {
  static Map<String, Double> review() {
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("goals", 60.0);
    weights.put("competencies", 30.0);
    weights.put("feedback", 10.0);
    return weights;
  }

  static List<StrategyConfig> badWeightedConfigs() {
    StrategyConfig base = StrategyConfig.of(CompositionStrategy.WEIGHTED_COMPONENTS);
    return List.of(
        base.withTable("weights", review()),
        base.withTable("weights", review()).with("absent", "SOMETIMES"),
        base.withTable("weights", Map.of("goals", -1.0)).with("absent", "REJECT"),
        base.withTable("weights", Map.of("goals", 0.0)).with("absent", "REJECT"),
        base.withTable("weights", Map.of()).with("absent", "REJECT"),
        base.withTable("weights", Map.of("bad name", 1.0)).with("absent", "REJECT"),
        base.with("absent", "REJECT"));
  }

  @Nested
  class Renormalise implements CompositionStrategyContract {
    @Override
    public CompositionStrategy subject() {
      return CompositionStrategy.weighted(review(), AbsentComponentPolicy.RENORMALISE);
    }

    @Override
    public Gen<Map<String, Double>> inputs() {
      return ScoringGens.componentsWithAbsences(subject().components(), values());
    }

    @Override
    public List<StrategyConfig> badConfigs() {
      return badWeightedConfigs();
    }
  }

  @Nested
  class CountAsZero implements CompositionStrategyContract {
    @Override
    public CompositionStrategy subject() {
      return CompositionStrategy.weighted(review(), AbsentComponentPolicy.COUNT_AS_ZERO);
    }

    @Override
    public Gen<Map<String, Double>> inputs() {
      return ScoringGens.componentsWithAbsences(subject().components(), values());
    }
  }

  @Nested
  class Reject implements CompositionStrategyContract {
    @Override
    public CompositionStrategy subject() {
      return CompositionStrategy.weighted(review(), AbsentComponentPolicy.REJECT);
    }

    @Override
    public List<Map<String, Double>> badInputs() {
      return List.of(Map.of("goals", 3.0), Map.of("goals", 3.0, "competencies", 2.0, "feedback", 1.0, "extra", 1.0));
    }
  }

  @Nested
  class EqualThirds implements CompositionStrategyContract {
    @Override
    public CompositionStrategy subject() {
      return StrategyRegistry.builtIns().composition(Presets.equalThirds("goals", "competencies", "values"));
    }

    @Override
    public Gen<Map<String, Double>> inputs() {
      return ScoringGens.componentsWithAbsences(subject().components(), values());
    }
  }

  @Nested
  class StarsFromFractions implements CompositionStrategyContract {
    @Override
    public CompositionStrategy subject() {
      return StrategyRegistry.builtIns().composition(Presets.starsFromFractions(review()));
    }

    @Override
    public Scale values() {
      return Scale.FRACTION;
    }

    @Override
    public Gen<Map<String, Double>> inputs() {
      return ScoringGens.componentsWithAbsences(subject().components(), values());
    }

    @Override
    public List<StrategyConfig> badConfigs() {
      return List.of(subject().config().with("factor", -5.0), subject().config().with("factor", "five"));
    }
  }

  @Nested
  class PercentageWeightedStars implements CompositionStrategyContract {
    @Override
    public CompositionStrategy subject() {
      return StrategyRegistry.builtIns().composition(Presets.percentageWeightedStars(review()));
    }

    @Override
    public Scale values() {
      return Scale.stars(5);
    }

    @Override
    public Gen<Map<String, Double>> inputs() {
      return ScoringGens.componentsWithAbsences(subject().components(), values());
    }
  }
}
