package dev.pillars.scoring.cascade;

import dev.pillars.scoring.aggregation.AggregationStrategy;
import java.util.List;
import java.util.function.Supplier;

/**
 * The explicit choice of the loop that computes a goal from its children: a primitive loop for a
 * built-in strategy the cascade knows exactly, the strategy's own interface for everything else.
 *
 * <p>A strategy runs on a fast loop only if it is one of the built-ins below, recognised by both
 * its class and its whole configuration: the class of the strategy the built-in factory makes, and
 * a configuration equal to that strategy's apart from its rounding (which only the receipt shows;
 * scores travel unrounded). A strategy with any parameter, a subclass, a wrapper, or a custom
 * strategy that takes a built-in's name runs through its interface. So the fast loops never ignore
 * a setting they do not know, and a built-in that gains a parameter leaves the fast path until its
 * loop learns it.
 */
final class FastPath {
  /** Through the strategy's interface. */
  static final byte GENERAL = 0;
  /** {@link AggregationStrategy#weightedMean()}. */
  static final byte WEIGHTED = 1;
  /** {@link AggregationStrategy#mean()}. */
  static final byte EQUAL = 2;
  /** {@link AggregationStrategy#proportionalToTarget()}. */
  static final byte TARGET_SIZE = 3;
  /** {@link AggregationStrategy#minimum()}. */
  static final byte MINIMUM = 4;
  /** {@link AggregationStrategy#okr()}. */
  static final byte OKR = 5;

  private record Known(byte kind, AggregationStrategy reference) {}

  private static final List<Known> KNOWN = List.of(
      known(WEIGHTED, AggregationStrategy::weightedMean),
      known(EQUAL, AggregationStrategy::mean),
      known(TARGET_SIZE, AggregationStrategy::proportionalToTarget),
      known(MINIMUM, AggregationStrategy::minimum),
      known(OKR, AggregationStrategy::okr));

  private FastPath() {}

  private static Known known(byte kind, Supplier<AggregationStrategy> factory) {
    return new Known(kind, factory.get());
  }

  /** Returns the loop for a strategy: one of the constants above. */
  static byte of(AggregationStrategy strategy) {
    for (Known known : KNOWN) {
      if (strategy.getClass() == known.reference().getClass()
          && strategy.config().withoutRounding().equals(known.reference().config())) {
        return known.kind();
      }
    }
    return GENERAL;
  }

  /** Returns whether a loop divides by the total weight, so that its links hold shares. */
  static boolean usesShares(byte kind) {
    return kind == WEIGHTED || kind == EQUAL || kind == TARGET_SIZE || kind == OKR;
  }
}
