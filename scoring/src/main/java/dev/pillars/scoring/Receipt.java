package dev.pillars.scoring;

import dev.pillars.core.Checks;
import dev.pillars.core.value.PillarsStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
   * Returns the receipt as a small table a person can read.
   *
   * @return several lines of text
   */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append(kind().name().toLowerCase(Locale.ROOT)).append(' ').append(config()).append('\n');
    sb.append(String.format(Locale.ROOT, "  %-16s %12s %12s %14s%n", "input", "value", "weight", "contribution"));
    for (ReceiptLine l : lines()) {
      sb.append(String.format(
          Locale.ROOT, "  %-16s %12s %12s %14s%n", l.name(), num(l.value()), num(l.weight()), num(l.contribution())));
    }
    if (intercept() != 0.0) {
      sb.append(String.format(Locale.ROOT, "  %-16s %12s %12s %14s%n", "(intercept)", "", "", num(intercept())));
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
