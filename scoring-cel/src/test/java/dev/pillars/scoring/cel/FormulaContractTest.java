package dev.pillars.scoring.cel;

import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.composition.AbsentComponentPolicy;
import dev.pillars.scoring.composition.CompositionStrategy;
import dev.pillars.scoring.preset.Presets;
import dev.pillars.scoring.registry.StrategyRegistry;
import dev.pillars.testing.scoring.CompositionStrategyContract;
import dev.pillars.testing.scoring.ScoringGens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.quicktheories.core.Gen;

/** The formula strategy runs the composition contract, as a custom strategy found by ServiceLoader. */
class FormulaContractTest {
  static final StrategyRegistry REGISTRY =
      StrategyRegistry.builder().withServiceLoader(FormulaContractTest.class.getClassLoader()).build();

  static List<StrategyConfig> bad() {
    return List.of(
        Presets.formula("goals +* 2", List.of("goals")),
        Presets.formula("goals + bonus", List.of("goals")),
        Presets.formula("goals > 1", List.of("goals")),
        Presets.formula("goals", List.of("goals"), AbsentComponentPolicy.RENORMALISE),
        Presets.formula("goals", List.of("2goals")),
        StrategyConfig.of(Presets.FORMULA).with("expression", "goals").withTexts("variables", List.of("goals")),
        StrategyConfig.of(Presets.FORMULA).with("expression", 1.0).withTexts("variables", List.of("goals")).with("absent", "REJECT"));
  }

  @Nested
  class WeightedAverage implements CompositionStrategyContract {
    @Override
    public CompositionStrategy subject() {
      return REGISTRY.composition(Presets.formula("0.6 * goals + 0.4 * (self + feedback) / 2", List.of("goals", "self", "feedback")));
    }

    @Override
    public StrategyRegistry registry() {
      return REGISTRY;
    }

    @Override
    public List<StrategyConfig> badConfigs() {
      return bad();
    }
  }

  @Nested
  class Conditional implements CompositionStrategyContract {
    @Override
    public CompositionStrategy subject() {
      return REGISTRY.composition(Presets.formula(
          "goals > 4 ? 5 : (goals + competencies) / 2", List.of("goals", "competencies"), AbsentComponentPolicy.COUNT_AS_ZERO));
    }

    @Override
    public StrategyRegistry registry() {
      return REGISTRY;
    }

    @Override
    public Gen<Map<String, Double>> inputs() {
      return ScoringGens.componentsWithAbsences(subject().components(), values());
    }
  }
}
