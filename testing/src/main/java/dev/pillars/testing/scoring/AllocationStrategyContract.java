package dev.pillars.testing.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.allocation.Allocation;
import dev.pillars.scoring.allocation.AllocationInput;
import dev.pillars.scoring.allocation.AllocationLine;
import dev.pillars.scoring.allocation.AllocationStrategy;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of an {@link AllocationStrategy}: exact to the minor unit, nobody negative, a
 * higher rating never gets less with otherwise equal inputs, equal inputs get amounts at most one
 * minor unit apart, the result ignores the order of recipients, and replays equal.
 */
public interface AllocationStrategyContract {
  /**
   * Returns the strategy under test.
   *
   * @return the strategy
   */
  AllocationStrategy subject();

  /**
   * Returns a registry that can recreate the subject; the built-ins unless overridden.
   *
   * @return the registry
   */
  default StrategyRegistry registry() {
    return StrategyRegistry.builtIns();
  }

  /**
   * Returns recipients to allocate among.
   *
   * @return a generator of recipient lists
   */
  default Gen<List<AllocationInput>> recipients() {
    return ScoringGens.allocationInputs();
  }

  /**
   * Returns configurations the registry must reject; none unless overridden.
   *
   * @return the bad configurations
   */
  default List<StrategyConfig> badConfigs() {
    return List.of();
  }

  /** The amounts add up to the budget exactly and none is negative; the same inputs give the same amounts. */
  @Test
  @DisplayName("amounts add up to the budget exactly, nobody gets a negative amount, and it is deterministic")
  default void isExactAndNonNegative() {
    qt().withExamples(300).forAll(ScoringGens.budgets(), recipients()).checkAssert((budget, inputs) -> {
      Allocation a = subject().allocate(budget, inputs);
      long total = 0;
      for (AllocationLine line : a.lines()) {
        assertTrue(line.amount() >= 0, line + " is negative");
        total = Math.addExact(total, line.amount());
      }
      assertEquals((long) budget, total, "amounts add up to the budget");
      assertEquals(a, subject().allocate(budget, inputs), "same inputs, same allocation");
      assertEquals(a, registry().replay(a), "replay through the registry");
      assertEquals(inputs, a.inputs(), "lines in input order");
    });
  }

  /** Shuffling the recipients changes nobody's amount. */
  @Test
  @DisplayName("the order of recipients does not change anyone's amount")
  default void ignoresOrder() {
    qt().withExamples(300).forAll(ScoringGens.budgets(), recipients()).checkAssert((budget, inputs) -> {
      Allocation a = subject().allocate(budget, inputs);
      List<AllocationInput> shuffled = new ArrayList<>(inputs);
      Collections.shuffle(shuffled, new Random(budget));
      Allocation b = subject().allocate(budget, shuffled);
      for (AllocationInput in : inputs) {
        assertEquals(a.amount(in.recipient()), b.amount(in.recipient()), "amount of " + in.recipient());
      }
    });
  }

  /** With otherwise equal inputs, a higher rating never gets less. */
  @Test
  @DisplayName("a higher rating never gets less than a lower one with otherwise equal inputs")
  default void higherRatingNeverGetsLess() {
    if (!subject().characteristics().contains(Characteristic.MONOTONE)) {
      return;
    }
    qt().withExamples(300)
        .forAll(ScoringGens.budgets(), recipients(), integers().between(0, 100), doubles().between(1e-9, 3))
        .checkAssert((budget, inputs, pick, by) -> {
          AllocationInput base = inputs.get(pick % inputs.size());
          List<AllocationInput> withTwin = new ArrayList<>(inputs);
          AllocationInput better = AllocationInput.of(EmployeeId.of("twin-better"), base.rating() + by, base.base());
          AllocationInput worse = AllocationInput.of(EmployeeId.of("twin-worse"), base.rating(), base.base());
          withTwin.add(better);
          withTwin.add(worse);
          Allocation a = subject().allocate(budget, withTwin);
          assertTrue(a.amount(better.recipient()) >= a.amount(worse.recipient()),
              "rating " + better.rating() + " got " + a.amount(better.recipient()) + ", rating " + worse.rating()
                  + " got " + a.amount(worse.recipient()) + "\n" + a.explain());
        });
  }

  /** Equal inputs get amounts at most one minor unit apart. */
  @Test
  @DisplayName("equal inputs get amounts at most one minor unit apart")
  default void equalInputsGetEqualAmounts() {
    qt().withExamples(300)
        .forAll(ScoringGens.budgets(), recipients(), integers().between(0, 100), integers().between(2, 5))
        .checkAssert((budget, inputs, pick, copies) -> {
          AllocationInput model = inputs.get(pick % inputs.size());
          List<AllocationInput> withCopies = new ArrayList<>(inputs);
          for (int i = 0; i < copies; i++) {
            withCopies.add(AllocationInput.of(EmployeeId.of("copy-" + i), model.rating(), model.base()));
          }
          Allocation a = subject().allocate(budget, withCopies);
          long least = Long.MAX_VALUE;
          long most = Long.MIN_VALUE;
          for (AllocationInput in : withCopies) {
            if (in.rating() == model.rating() && in.base() == model.base()) {
              least = Math.min(least, a.amount(in.recipient()));
              most = Math.max(most, a.amount(in.recipient()));
            }
          }
          assertTrue(most - least <= 1, "equal inputs got " + least + " and " + most + "\n" + a.explain());
        });
  }

  /** Bad parameters, a negative budget and a repeated recipient are rejected. */
  @Test
  @DisplayName("bad parameters, a negative budget and a repeated recipient are rejected")
  default void rejectsBadParametersAndInputs() {
    for (StrategyConfig bad : badConfigs()) {
      assertThrows(InvalidInputException.class, () -> registry().create(subject().kind(), bad), bad + " must be rejected");
    }
    assertThrows(InvalidInputException.class,
        () -> registry().create(subject().kind(), subject().config().with("noSuchParameterAnyStrategyReads", 1.0)),
        "an unknown parameter must be rejected");
    AllocationInput one = AllocationInput.of(EmployeeId.of("e1"), 3, 1_000);
    assertThrows(InvalidInputException.class, () -> subject().allocate(-1, List.of(one)), "negative budget");
    assertThrows(InvalidInputException.class, () -> subject().allocate(100, List.of(one, one)), "repeated recipient");
    assertThrows(InvalidInputException.class, () -> subject().allocate(100, List.of()), "nobody to allocate to");
  }
}
