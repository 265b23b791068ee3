package dev.pillars.testing.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.pillars.scoring.NoScore;
import dev.pillars.scoring.NoScoreException;
import dev.pillars.scoring.Outcome;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.NoInputsPolicy;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of an {@link AggregationStrategy}. A test class implements it and supplies the
 * subject (and, for a custom strategy, a registry that knows it):
 *
 * <pre>{@code
 * class MedianContractTest implements AggregationStrategyContract {
 *   public AggregationStrategy subject() { return new Median(StrategyConfig.of("median")); }
 *   public StrategyRegistry registry() {
 *     return StrategyRegistry.builder().register(new MedianProvider()).build();
 *   }
 * }
 * }</pre>
 *
 * <p>Besides the properties every strategy meets, an aggregation has no score for no inputs (or 0
 * where its {@link AggregationStrategy#noInputs() policy} says so), and its {@link
 * AggregationStrategy#outcome(List) outcome} agrees with {@link AggregationStrategy#aggregate(List)}
 * wherever there are inputs.
 */
public interface AggregationStrategyContract extends ScoringStrategyContract<AggregationStrategy, List<WeightedScore>> {
  /**
   * Returns the scale the generated child scores lie on; -1,000 to 1,000 unless overridden.
   *
   * @return the scale of generated values
   */
  default Scale values() {
    return Scale.of(-1_000, 1_000);
  }

  @Override
  default Gen<List<WeightedScore>> inputs() {
    return ScoringGens.weightedScores(values());
  }

  @Override
  default Score score(AggregationStrategy strategy, List<WeightedScore> input) {
    return strategy.aggregate(input);
  }

  @Override
  default Score replay(AggregationStrategy strategy, Receipt receipt) {
    return strategy.replay(receipt);
  }

  @Override
  default int size(List<WeightedScore> input) {
    return input.size();
  }

  @Override
  default List<WeightedScore> raise(List<WeightedScore> input, int which, double by) {
    List<WeightedScore> raised = new ArrayList<>(input);
    WeightedScore old = raised.get(which);
    raised.set(which, WeightedScore.of(old.name(), old.value() + by, old.weight(), old.size()));
    return raised;
  }

  /**
   * Returns a list with a repeated name; override to add more. No inputs are not bad input: see
   * {@link #noInputsGiveNoScoreOrTheConfiguredZero()}.
   */
  @Override
  default List<List<WeightedScore>> badInputs() {
    return List.of(List.of(WeightedScore.of("a", 1), WeightedScore.of("a", 2)));
  }

  /** No inputs give a NoScore with its reason, or a replayable 0 where the strategy is configured so. */
  @Test
  @DisplayName("no inputs give no score with its reason, or 0 where the strategy is configured so")
  default void noInputsGiveNoScoreOrTheConfiguredZero() {
    AggregationStrategy strategy = subject();
    Outcome outcome = strategy.outcome(List.of());
    assertEquals(strategy.config(), outcome.config(), "the outcome names the strategy's configuration");
    if (strategy.noInputs() == NoInputsPolicy.NO_SCORE) {
      NoScore none = assertInstanceOf(NoScore.class, outcome, "no inputs give no score, not " + outcome);
      assertEquals(NoScore.Reason.NO_INPUTS, none.reason(), "the reason");
      NoScoreException thrown = assertThrows(NoScoreException.class, () -> strategy.aggregate(List.of()),
          "aggregate, which must return a number, throws when there is none");
      assertEquals(none, thrown.noScore(), "the exception carries the same outcome");
    } else {
      Score zero = assertInstanceOf(Score.class, outcome, "no inputs score 0 as configured, not " + outcome);
      assertEquals(0.0, zero.value(), "no inputs score 0 as configured");
      assertEquals(zero, strategy.aggregate(List.of()), "aggregate agrees with outcome");
      assertEquals(zero, registry().replay(zero.receipt()), "the zero replays");
      assertTrue(zero.receipt().lines().isEmpty(), "a zero for no inputs records no lines");
    }
  }

  /** Wherever there are inputs, the outcome is the score that aggregate computes. */
  @Test
  @DisplayName("the outcome of inputs is the score that aggregate computes")
  default void outcomeAgreesWithAggregate() {
    qt().withExamples(examples()).forAll(inputs()).checkAssert(input ->
        assertEquals(subject().aggregate(input), subject().outcome(input), "outcome and aggregate of " + input));
  }
}
