package dev.pillars.testing.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.core.InvalidInputException;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.ScoringStrategy;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract every score-producing strategy meets, as JUnit 5 default test methods. Implement
 * the sub-interface of the strategy's kind ({@link AggregationStrategyContract}, {@link
 * CompositionStrategyContract}, {@link AttainmentStrategyContract}, {@link RatingStrategyContract})
 * rather than this one.
 *
 * @param <S> the strategy type
 * @param <I> the type of one input to the strategy
 */
public interface ScoringStrategyContract<S extends ScoringStrategy, I> {
  /**
   * Returns the strategy under test.
   *
   * @return the strategy
   */
  S subject();

  /**
   * Returns a registry that can recreate the subject from its configuration: the built-ins plus,
   * for a custom strategy, its provider. Override for a custom strategy.
   *
   * @return the registry
   */
  default StrategyRegistry registry() {
    return StrategyRegistry.builtIns();
  }

  /**
   * Returns valid inputs for the subject.
   *
   * @return a generator of inputs the subject accepts
   */
  Gen<I> inputs();

  /**
   * Scores one input with a strategy of the subject's type.
   *
   * @param strategy the strategy, the subject or one recreated from its configuration
   * @param input the input
   * @return the score
   */
  Score score(S strategy, I input);

  /**
   * Replays a receipt with the strategy type's own replay.
   *
   * @param strategy the strategy
   * @param receipt a receipt of it
   * @return the replayed score
   */
  Score replay(S strategy, Receipt receipt);

  /**
   * Returns how many separately raisable values an input holds.
   *
   * @param input the input
   * @return the count
   */
  int size(I input);

  /**
   * Returns the input with one of its values raised, in the direction the strategy counts as
   * better.
   *
   * @param input the input
   * @param which which value, from 0 to {@code size(input) - 1}
   * @param by how much, positive
   * @return the raised input
   */
  I raise(I input, int which, double by);

  /**
   * Returns configurations of the subject's kind that the registry must reject with an {@link
   * InvalidInputException}, such as a negative cap. None unless overridden; every strategy with
   * parameters should list some.
   *
   * @return the bad configurations
   */
  default List<StrategyConfig> badConfigs() {
    return List.of();
  }

  /**
   * Returns inputs the subject must reject with an {@link InvalidInputException}.
   *
   * @return the bad inputs
   */
  default List<I> badInputs() {
    return List.of();
  }

  /**
   * Returns how many generated examples each property tries.
   *
   * @return the number of examples; 300 unless overridden
   */
  default int examples() {
    return 300;
  }

  /** Scoring the same input twice, or with a strategy recreated from its configuration, gives the same bits. */
  @Test
  @DisplayName("the same input gives the same score, bit for bit, also from a recreated strategy")
  default void isDeterministic() {
    S recreated = recreate();
    qt().withExamples(examples()).forAll(inputs()).checkAssert(input -> {
      Score first = score(subject(), input);
      Score second = score(subject(), input);
      Score third = score(recreated, input);
      assertEquals(bits(first.value()), bits(second.value()), "same strategy, same input");
      assertEquals(first.receipt(), second.receipt(), "same strategy, same receipt");
      assertEquals(bits(first.value()), bits(third.value()), "recreated strategy, same input");
    });
  }

  /** Results lie in the declared range, and between the least and greatest input if so declared. */
  @Test
  @DisplayName("results lie within the declared bounds")
  default void staysWithinBounds() {
    qt().withExamples(examples()).forAll(inputs()).checkAssert(input -> {
      Score score = score(subject(), input);
      subject().range().ifPresent(range -> {
        assertTrue(range.contains(score.value()), score.value() + " outside the declared range " + range);
        assertTrue(range.contains(score.receipt().unroundedValue()),
            score.receipt().unroundedValue() + " (unrounded) outside the declared range " + range);
      });
      if (subject().characteristics().contains(Characteristic.BOUNDED_BY_INPUTS)) {
        List<ReceiptLine> lines = score.receipt().lines();
        assertFalse(lines.isEmpty(), "a strategy bounded by its inputs records them");
        double min = lines.stream().mapToDouble(ReceiptLine::value).min().orElseThrow();
        double max = lines.stream().mapToDouble(ReceiptLine::value).max().orElseThrow();
        double v = score.receipt().unroundedValue();
        assertTrue(v >= min && v <= max, v + " outside the inputs' range [" + min + ", " + max + "]");
      }
    });
  }

  /** The intercept and the contributions add up to the unrounded value, and rounding is the configured one. */
  @Test
  @DisplayName("contributions add up to the score and the receipt names the strategy")
  default void contributionsAddUp() {
    qt().withExamples(examples()).forAll(inputs()).checkAssert(input -> {
      Receipt receipt = score(subject(), input).receipt();
      assertEquals(subject().config(), receipt.config(), "the receipt carries the strategy's configuration");
      assertEquals(subject().kind(), receipt.kind(), "the receipt carries the strategy's kind");
      double sum = receipt.contributionSum();
      double magnitude = Math.abs(receipt.intercept())
          + receipt.lines().stream().mapToDouble(l -> Math.abs(l.contribution())).sum();
      double tolerance = Receipt.TOLERANCE * Math.max(1.0, Math.max(magnitude, Math.abs(receipt.unroundedValue())));
      assertTrue(Math.abs(sum - receipt.unroundedValue()) <= tolerance,
          "contributions add up to " + sum + ", not " + receipt.unroundedValue());
      double expected = receipt.config().rounding().map(r -> r.apply(receipt.unroundedValue())).orElse(receipt.unroundedValue());
      assertEquals(bits(expected), bits(receipt.value()), "the value is the unrounded value, rounded as configured");
    });
  }

  /**
   * Each input's share of the result, where the receipt gives shares, lies between 0 and 1, and the
   * shares add up to 1; rounded to percentages they add up to exactly 100.
   */
  @Test
  @DisplayName("each input's share of the result lies in [0, 1] and the shares add up")
  default void sharesAddUp() {
    qt().withExamples(examples()).forAll(inputs()).checkAssert(input -> {
      Receipt receipt = score(subject(), input).receipt();
      java.util.Map<String, Double> shares = receipt.shares();
      if (shares.isEmpty()) {
        assertTrue(receipt.sharePercentages(1).isEmpty(), "no percentages without shares");
        return;
      }
      double sum = 0;
      for (double share : shares.values()) {
        assertTrue(share >= 0 && share <= 1, "share " + share + " outside [0, 1]\n" + receipt.explain());
        sum += share;
      }
      assertTrue(Math.abs(sum - 1) <= 1e-9, "shares add up to " + sum + ", not 1\n" + receipt.explain());
      java.math.BigDecimal percent = receipt.sharePercentages(1).values().stream()
          .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
      assertEquals(0, percent.compareTo(java.math.BigDecimal.valueOf(100)), "percentages add up to " + percent);
    });
  }

  /** Replaying a receipt, through the registry and through the strategy, gives the same bits. */
  @Test
  @DisplayName("replaying a receipt gives the same score, bit for bit")
  default void replayGivesTheSameScore() {
    qt().withExamples(examples()).forAll(inputs()).checkAssert(input -> {
      Score score = score(subject(), input);
      Score viaRegistry = registry().replay(score.receipt());
      Score viaStrategy = replay(subject(), score.receipt());
      assertEquals(bits(score.value()), bits(viaRegistry.value()), "replay through the registry");
      assertEquals(bits(score.receipt().unroundedValue()), bits(viaRegistry.receipt().unroundedValue()),
          "unrounded value of the replay through the registry");
      assertEquals(bits(score.value()), bits(viaStrategy.value()), "replay through the strategy");
    });
  }

  /** The configuration survives its stored form and recreates an equal strategy configuration. */
  @Test
  @DisplayName("a stored configuration recreates the same strategy")
  default void storedConfigurationRecreatesTheStrategy() {
    StrategyConfig stored = StrategyConfig.fromMap(subject().config().toMap());
    assertEquals(subject().config(), stored, "configuration after toMap and fromMap");
    ScoringStrategy recreated = registry().create(subject().kind(), stored);
    assertEquals(subject().config(), recreated.config(), "the recreated strategy's configuration");
    assertEquals(subject().characteristics(), recreated.characteristics(), "the recreated strategy's characteristics");
  }

  /** Where the strategy declares itself monotone, raising one input never lowers the score. */
  @Test
  @DisplayName("raising one input never lowers the score of a monotone strategy")
  default void isMonotoneWhereDeclared() {
    if (!subject().characteristics().contains(Characteristic.MONOTONE)) {
      return;
    }
    qt().withExamples(examples())
        .forAll(inputs(), integers().between(0, 1_000), doubles().between(1e-9, 10))
        .checkAssert((input, pick, by) -> {
          int n = size(input);
          if (n == 0) {
            return;
          }
          I raised = raise(input, pick % n, by);
          Score before = score(subject(), input);
          Score after;
          try {
            after = score(subject(), raised);
          } catch (InvalidInputException outsideWhatTheStrategyAccepts) {
            return;
          }
          assertTrue(after.value() >= before.value(),
              "raising value " + (pick % n) + " by " + by + " lowered the score from " + before.value()
                  + " to " + after.value() + "\nbefore:\n" + before.receipt().explain() + "after:\n" + after.receipt().explain());
        });
  }

  /** Every bad configuration fails when the strategy is created, with an InvalidInputException. */
  @Test
  @DisplayName("bad parameters are rejected when the strategy is created")
  default void rejectsBadParameters() {
    for (StrategyConfig bad : badConfigs()) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> registry().create(subject().kind(), bad), "configuration " + bad + " must be rejected");
      assertFalse(e.rule().isBlank(), "the error states the rule");
    }
    String unknownParameter = "noSuchParameterAnyStrategyReads";
    assertThrows(InvalidInputException.class,
        () -> registry().create(subject().kind(), subject().config().with(unknownParameter, 1.0)),
        "an unknown parameter must be rejected, not ignored");
  }

  /** Every bad input fails with an InvalidInputException. */
  @Test
  @DisplayName("bad inputs are rejected")
  default void rejectsBadInputs() {
    for (I bad : badInputs()) {
      try {
        score(subject(), bad);
        fail("input " + bad + " must be rejected");
      } catch (InvalidInputException expected) {
        assertFalse(expected.rule().isBlank(), "the error states the rule");
      }
    }
  }

  private S recreate() {
    @SuppressWarnings("unchecked")
    S recreated = (S) registry().create(subject().kind(), subject().config());
    return recreated;
  }

  private static long bits(double v) {
    return Double.doubleToRawLongBits(v);
  }
}
