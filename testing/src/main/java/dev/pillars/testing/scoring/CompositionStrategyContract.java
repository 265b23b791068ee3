package dev.pillars.testing.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.composition.CompositionStrategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of a {@link CompositionStrategy}. By default every component is present; a
 * strategy whose policy tolerates absent components should override {@link #inputs()} with {@link
 * ScoringGens#componentsWithAbsences}.
 */
public interface CompositionStrategyContract extends ScoringStrategyContract<CompositionStrategy, Map<String, Double>> {
  /**
   * Returns the scale the generated component scores lie on; 0 to 5 unless overridden.
   *
   * @return the scale of generated values
   */
  default Scale values() {
    return Scale.of(0, 5);
  }

  @Override
  default Gen<Map<String, Double>> inputs() {
    return ScoringGens.components(subject().components(), values());
  }

  @Override
  default Score score(CompositionStrategy strategy, Map<String, Double> input) {
    return strategy.compose(input);
  }

  @Override
  default Score replay(CompositionStrategy strategy, Receipt receipt) {
    return strategy.replay(receipt);
  }

  @Override
  default int size(Map<String, Double> input) {
    return input.size();
  }

  @Override
  default Map<String, Double> raise(Map<String, Double> input, int which, double by) {
    List<String> names = new ArrayList<>(input.keySet());
    Map<String, Double> raised = new LinkedHashMap<>(input);
    raised.merge(names.get(which), by, Double::sum);
    return raised;
  }

  /** Returns a map naming an unknown component and one with a NaN score; override to add more. */
  @Override
  default List<Map<String, Double>> badInputs() {
    Map<String, Double> unknown = new LinkedHashMap<>();
    subject().components().forEach(c -> unknown.put(c, 1.0));
    unknown.put("noSuchComponent", 1.0);
    Map<String, Double> nan = new LinkedHashMap<>();
    subject().components().forEach(c -> nan.put(c, Double.NaN));
    return List.of(unknown, nan);
  }

  /** Wherever the strategy composes a score, the outcome is that score. */
  @Test
  @DisplayName("the outcome of components is the score that compose computes")
  default void outcomeAgreesWithCompose() {
    qt().withExamples(examples()).forAll(inputs()).checkAssert(input ->
        assertEquals(subject().compose(input), subject().outcome(input), "outcome and compose of " + input));
  }
}
