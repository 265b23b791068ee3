package dev.pillars.scoring;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.value.PillarsStyle;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The explanation of a score: which strategy with which configuration, the inputs with their
 * weights and contributions, the facts the strategy used besides its inputs, and the rounding
 * applied.
 *
 * <p>Invariant: the {@link #intercept()} plus every line's contribution adds up to the {@link
 * #unroundedValue()}, within floating-point rounding (a relative 1e-9); the {@link #value()} is
 * the unrounded value with the configuration's rounding applied. Built-in strategies compute their
 * result as exactly that sum where the strategy is additive. A receipt whose numbers do not add up
 * cannot be built.
 *
 * <p>A receipt holds everything needed to compute its score again: {@code
 * StrategyRegistry.replay(receipt)} recreates the strategy from {@link #config()}, feeds it the
 * recorded inputs and context, and gets the same value, bit for bit.
 *
 * <p>Each input's {@link #shares() share} of the result (its weight over the total weight, such as
 * 82.6 %, 16.5 % and 0.8 % for targets of $100k, $20k and $1k) is there for a UI to print "why"
 * without arithmetic; {@link #sharePercentages(int)} rounds the shares so that they still add up to
 * exactly 100 %.
 */
@Value.Immutable
@PillarsStyle
public abstract class Receipt {
  /** Relative tolerance within which contributions must add up to the unrounded value. */
  public static final double TOLERANCE = 1e-9;

  Receipt() {}

  /**
   * Returns the kind of strategy that computed the score.
   *
   * @return the kind
   */
  public abstract StrategyKind kind();

  /**
   * Returns the configuration of the strategy that computed the score.
   *
   * @return the configuration
   */
  public abstract StrategyConfig config();

  /**
   * Returns the inputs with their weights and contributions, in the order the strategy used them.
   *
   * @return the lines, names unique
   */
  public abstract List<ReceiptLine> lines();

  /**
   * Returns named facts the strategy used besides the inputs, such as a KPI's baseline and target
   * or a rater's mean rating.
   *
   * @return the facts by name, each finite
   */
  public abstract Map<String, Double> context();

  /**
   * Returns remarks a person needs to read the score right, such as "component feedback absent:
   * weights renormalised over the 2 present components".
   *
   * @return the notes
   */
  public abstract List<String> notes();

  /**
   * Returns the part of the result that no input accounts for: 0 for a weighted mean, the formula's
   * value at all-zero inputs for a formula, a rater's shift for a normalisation.
   *
   * @return the intercept, 0 unless set
   */
  @Value.Default
  public double intercept() {
    return 0.0;
  }

  /**
   * Returns the result before rounding.
   *
   * @return the unrounded value, finite
   */
  public abstract double unroundedValue();

  /**
   * Returns the result: the unrounded value with the configuration's rounding applied.
   *
   * @return the value
   */
  @Value.Derived
  public double value() {
    return config().rounding().map(r -> r.apply(unroundedValue())).orElse(unroundedValue());
  }

  /**
   * Returns how much rounding changed the result.
   *
   * @return {@code value() - unroundedValue()}
   */
  public double roundingAdjustment() {
    return value() - unroundedValue();
  }

  /**
   * Returns the sum of the intercept and every line's contribution, added in line order.
   *
   * @return the sum, equal to the unrounded value within {@link #TOLERANCE}
   */
  public double contributionSum() {
    double sum = intercept();
    for (ReceiptLine line : lines()) {
      sum += line.contribution();
    }
    return sum;
  }

  /**
   * Returns the line of the named input, if the receipt has one.
   *
   * @param name the input's name
   * @return the line
   * @throws NullPointerException if {@code name} is null
   */
  public java.util.Optional<ReceiptLine> line(String name) {
    Checks.notNull("name", name);
    return lines().stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /**
   * Returns the value of a line that a replay needs, such as the measured value of an attainment.
   * For strategy authors, in a {@code replay} method.
   *
   * @param name the line's name
   * @return the line's value
   * @throws NullPointerException if {@code name} is null
   * @throws InvalidInputException if the receipt has no such line
   */
  public double requiredLine(String name) {
    requireNonNull(name, "name");
    return line(name)
        .orElseThrow(() -> new InvalidInputException("receipt.lines", lines(), "must hold the line " + name))
        .value();
  }

  /**
   * Requires that this receipt was written by a strategy of the given strategy's kind and
   * configuration, the check every {@code replay} makes before it recomputes a score. For strategy
   * authors, in a {@code replay} method.
   *
   * @param strategy the strategy that is to replay this receipt
   * @return this receipt
   * @throws NullPointerException if {@code strategy} is null
   * @throws InvalidInputException if the kind or the configuration differs
   */
  public Receipt requireWrittenBy(ScoringStrategy strategy) {
    requireNonNull(strategy, "strategy");
    Checks.require(kind() == strategy.kind(), "receipt.kind", kind(), "must be " + strategy.kind());
    Checks.require(config().equals(strategy.config()), "receipt.config", config(), "must be " + strategy.config());
    return this;
  }

  /**
   * Returns each input's share of the result: its line's weight over the total weight of all lines,
   * so that a weighted mean's result is the sum of share times value. Targets of $100k, $20k and $1k
   * weighed by size have shares of 0.826, 0.165 and 0.008; the child that gates a minimum has 1 and
   * the others 0; a strategy without weights (weight 1 on every line) gives every input an equal
   * share.
   *
   * @return the shares by input name in line order, each from 0 to 1, adding up to 1 within
   *     floating-point rounding; empty if the receipt has no lines, a negative weight, or no positive
   *     total weight
   */
  public Map<String, Double> shares() {
    double total = totalWeight();
    if (!(total > 0)) {
      return Map.of();
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    for (ReceiptLine l : lines()) {
      shares.put(l.name(), l.weight() / total);
    }
    return Collections.unmodifiableMap(shares);
  }

  /**
   * Returns one input's share of the result; see {@link #shares()}.
   *
   * @param name the input's name
   * @return the share, from 0 to 1, or empty if the receipt has no such line or no shares
   * @throws NullPointerException if {@code name} is null
   */
  public OptionalDouble share(String name) {
    requireNonNull(name, "name");
    Double share = shares().get(name);
    return share == null ? OptionalDouble.empty() : OptionalDouble.of(share);
  }

  /**
   * Returns the {@link #shares()} in percent, rounded to {@code places} decimal places so that they
   * add up to exactly 100, for a UI that must not show 99.9 %: each share is rounded down, and the
   * units still missing go to the shares with the largest remainders (the earlier line first on a
   * tie). Shares of 82.64 %, 16.53 % and 0.83 % become 82.7, 16.5 and 0.8 at one place; rounded one
   * by one they would be 82.6, 16.5 and 0.8, which add up to 99.9.
   *
   * @param places the decimal places kept, from 0 to 6
   * @return the percentages by input name in line order, adding up to exactly 100; empty where
   *     {@link #shares()} is empty
   * @throws InvalidInputException if {@code places} is outside 0 to 6
   */
  public Map<String, BigDecimal> sharePercentages(int places) {
    Checks.inRange("places", places, 0, 6);
    double total = totalWeight();
    if (!(total > 0)) {
      return Map.of();
    }
    BigDecimal units = BigDecimal.valueOf(100).scaleByPowerOfTen(places);
    BigDecimal exactTotal = new BigDecimal(total);
    int n = lines().size();
    BigDecimal[] floors = new BigDecimal[n];
    BigDecimal[] remainders = new BigDecimal[n];
    BigDecimal missing = units;
    for (int i = 0; i < n; i++) {
      BigDecimal exact = new BigDecimal(lines().get(i).weight()).multiply(units).divide(exactTotal, MathContext.DECIMAL128);
      floors[i] = exact.setScale(0, RoundingMode.FLOOR);
      remainders[i] = exact.subtract(floors[i]);
      missing = missing.subtract(floors[i]);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed().thenComparing(i -> i));
    for (int k = 0; k < missing.intValue() && k < n; k++) {
      floors[order.get(k)] = floors[order.get(k)].add(BigDecimal.ONE);
    }
    Map<String, BigDecimal> percentages = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      percentages.put(lines().get(i).name(), floors[i].scaleByPowerOfTen(-places).setScale(places, RoundingMode.UNNECESSARY));
    }
    return Collections.unmodifiableMap(percentages);
  }

  /** Returns the lines' total weight, or 0 if there are no lines or a weight is negative. */
  private double totalWeight() {
    double total = 0;
    for (ReceiptLine l : lines()) {
      if (l.weight() < 0) {
        return 0;
      }
      total += l.weight();
    }
    return Double.isFinite(total) ? total : 0;
  }

  /**
   * Returns a fact of the context that a replay needs.
   *
   * @param name the fact's name
   * @return its value
   * @throws NullPointerException if {@code name} is null
   * @throws dev.pillars.core.InvalidInputException if the receipt has no such fact
   */
  public double fact(String name) {
    Double v = context().get(Checks.notNull("name", name));
    if (v == null) {
      throw new dev.pillars.core.InvalidInputException(
          "context", name, "must be a fact of this receipt, one of " + context().keySet());
    }
    return v;
  }

  /**
   * Returns the receipt as a small table a person can read: each input's value, weight,
   * contribution and share in percent (each rounded to one place, so that they may add up to 99.9
   * or 100.1; {@link #sharePercentages(int)} adds up to 100), then the context, the notes and the
   * result with its rounding.
   *
   * @return several lines of text
   */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append(kind().name().toLowerCase(Locale.ROOT)).append(' ').append(config()).append('\n');
    String row = "  %-16s %12s %12s %14s %8s%n";
    sb.append(String.format(Locale.ROOT, row, "input", "value", "weight", "contribution", "share"));
    Map<String, Double> shares = shares();
    for (ReceiptLine l : lines()) {
      Double share = shares.get(l.name());
      sb.append(String.format(Locale.ROOT, row, l.name(), num(l.value()), num(l.weight()), num(l.contribution()),
          share == null ? "" : String.format(Locale.ROOT, "%.1f %%", 100 * share)));
    }
    if (intercept() != 0.0) {
      sb.append(String.format(Locale.ROOT, row, "(intercept)", "", "", num(intercept()), ""));
    }
    context().forEach((k, v) -> sb.append("  ").append(k).append(" = ").append(num(v)).append('\n'));
    for (String note : notes()) {
      sb.append("  note: ").append(note).append('\n');
    }
    sb.append("  = ").append(num(unroundedValue()));
    if (config().rounding().isPresent()) {
      sb.append(", rounded to ").append(config().rounding().get()).append(": ").append(num(value()));
    }
    return sb.append('\n').toString();
  }

  private static String num(double v) {
    String s = String.format(Locale.ROOT, "%.6f", v);
    s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return "-0".equals(s) ? "0" : s;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.finite("intercept", intercept());
    Checks.finite("unroundedValue", unroundedValue());
    Set<String> names = new HashSet<>();
    for (ReceiptLine l : lines()) {
      Checks.require(names.add(l.name()), "lines", l.name(), "must name each input once");
    }
    context().forEach((k, v) -> Checks.finite("context." + k, v));
    double sum = contributionSum();
    double magnitude = Math.abs(intercept());
    for (ReceiptLine l : lines()) {
      magnitude += Math.abs(l.contribution());
    }
    double tolerance = TOLERANCE * Math.max(1.0, Math.max(magnitude, Math.abs(unroundedValue())));
    Checks.require(
        Math.abs(sum - unroundedValue()) <= tolerance,
        "lines",
        sum,
        "contributions plus intercept must add up to the unrounded value " + unroundedValue());
  }

  /** Builds a {@link Receipt}; single attributes may be set once, lists and maps added to. */
  public static final class Builder extends ImmutableReceipt.Builder {
    Builder() {}
  }
}
