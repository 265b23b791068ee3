package dev.pillars.examples;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.ScoringStrategy;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.NoInputsPolicy;
import dev.pillars.scoring.aggregation.WeightedScore;
import dev.pillars.scoring.spi.StrategyProvider;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A custom roll-up strategy written outside the library: the unweighted mean of a parent's {@code
 * count} weakest children (2 unless configured), a softer gate than the minimum. A plant is then as
 * good as its two weakest programmes, so one strong programme cannot hide two weak ones.
 *
 * <p>It is one class plus its {@link Provider}, which {@code
 * META-INF/services/dev.pillars.scoring.spi.StrategyProvider} lists, so that {@code
 * StrategyRegistry.builder().withServiceLoader(classLoader)} finds it by the name {@value #NAME}.
 * Link weights do not apply; the receipt says so. Like the built-ins, it has no score for no
 * inputs unless configured with {@code noInputs = ZERO}, and it uses the helpers the built-ins use:
 * {@link WeightedScore#sortedByName(List)} for the inputs and {@link NoInputsPolicy} for no inputs.
 */
public final class WeakestMean implements AggregationStrategy {
  /** The strategy's registered name. */
  public static final String NAME = "weakest-mean";

  /** The parameter holding how many of the weakest children count; a whole number of at least 1. */
  public static final String COUNT = "count";

  private final StrategyConfig config;
  private final int count;
  private final NoInputsPolicy noInputs;

  private WeakestMean(StrategyConfig config, int count) {
    this.config = config;
    this.count = count;
    this.noInputs = NoInputsPolicy.of(config);
  }

  /**
   * Creates the strategy from its configuration.
   *
   * @param config a configuration named {@value #NAME}, with an optional {@value #COUNT} and an
   *     optional {@value AggregationStrategy#NO_INPUTS}
   * @return the strategy
   * @throws NullPointerException if {@code config} is null
   * @throws dev.pillars.scoring.InvalidParameterException if {@value #COUNT} is not a whole
   *     number of at least 1, {@value AggregationStrategy#NO_INPUTS} names no policy, or another
   *     parameter is set
   */
  public static WeakestMean create(StrategyConfig config) {
    requireNonNull(config, "config");
    Checks.require(NAME.equals(config.name()), "strategy", config.name(), "must be " + NAME);
    config.requireOnly(Set.of(COUNT, NO_INPUTS));
    double count = config.number(COUNT, 2);
    if (count < 1 || count > 1_000 || count != Math.rint(count)) {
      throw config.invalid(COUNT, count, "must be a whole number from 1 to 1000");
    }
    return new WeakestMean(config, (int) count);
  }

  @Override
  public StrategyConfig config() {
    return config;
  }

  @Override
  public NoInputsPolicy noInputs() {
    return noInputs;
  }

  @Override
  public Set<Characteristic> characteristics() {
    return Set.of(Characteristic.MONOTONE, Characteristic.BOUNDED_BY_INPUTS);
  }

  @Override
  public Score aggregate(List<WeightedScore> inputs) {
    List<WeightedScore> byName = WeightedScore.sortedByName(inputs);
    if (byName.isEmpty()) {
      return noInputs.score(this);
    }
    List<WeightedScore> weakest = new ArrayList<>(byName);
    weakest.sort(Comparator.comparingDouble(WeightedScore::value).thenComparing(WeightedScore::name));
    int k = Math.min(count, weakest.size());
    Set<String> counted = new HashSet<>();
    // summed exactly and rounded once, so that raising any child never lowers the result by a rounding
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < k; i++) {
      sum = sum.add(new BigDecimal(weakest.get(i).value()));
      counted.add(weakest.get(i).name());
    }
    double mean = sum.divide(BigDecimal.valueOf(k), MathContext.DECIMAL128).doubleValue();
    double result = Math.max(weakest.get(0).value(), Math.min(weakest.get(k - 1).value(), mean));
    Receipt.Builder receipt = Receipt.builder().kind(kind()).config(config);
    for (WeightedScore in : byName) {
      boolean in1 = counted.contains(in.name());
      receipt.addLines(ReceiptLine.of(in.name(), in.value(), in1 ? 1.0 / k : 0.0, in1 ? in.value() / k : 0.0));
    }
    receipt.addNotes("mean of the " + k + " weakest of " + inputs.size() + " children; link weights do not apply");
    return Score.of(receipt.unroundedValue(result).build());
  }

  @Override
  public String toString() {
    return config.toString();
  }

  /** Makes {@link WeakestMean} available to a registry by name, through ServiceLoader. */
  public static final class Provider implements StrategyProvider {
    /** Creates the provider; ServiceLoader calls this. */
    public Provider() {}

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public StrategyKind kind() {
      return StrategyKind.AGGREGATION;
    }

    @Override
    public ScoringStrategy create(StrategyConfig config) {
      return WeakestMean.create(config);
    }

    @Override
    public String toString() {
      return "AGGREGATION " + NAME + " (examples)";
    }
  }
}
