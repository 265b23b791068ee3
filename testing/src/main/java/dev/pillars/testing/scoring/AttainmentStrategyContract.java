package dev.pillars.testing.scoring;

import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * The contract of an {@link AttainmentStrategy}. "Raising" the input moves the measured value in
 * the target's direction of improvement.
 */
public interface AttainmentStrategyContract extends ScoringStrategyContract<AttainmentStrategy, AttainmentCase> {
  @Override
  default Gen<AttainmentCase> inputs() {
    return ScoringGens.attainmentCases();
  }

  @Override
  default Score score(AttainmentStrategy strategy, AttainmentCase input) {
    return strategy.attainment(input.actual(), input.target());
  }

  @Override
  default Score replay(AttainmentStrategy strategy, Receipt receipt) {
    return strategy.replay(receipt);
  }

  @Override
  default int size(AttainmentCase input) {
    return 1;
  }

  @Override
  default AttainmentCase raise(AttainmentCase input, int which, double by) {
    return input.improvedBy(by);
  }

  /** Returns NaN and infinite measured values; override to add more. */
  @Override
  default List<AttainmentCase> badInputs() {
    KpiTarget target = KpiTarget.of(0, 100);
    return List.of(
        new AttainmentCase(Double.NaN, target),
        new AttainmentCase(Double.POSITIVE_INFINITY, target),
        new AttainmentCase(Double.NEGATIVE_INFINITY, target));
  }
}
