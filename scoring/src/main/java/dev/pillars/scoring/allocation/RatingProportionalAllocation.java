package dev.pillars.scoring.allocation;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.internal.BuiltInStrategy;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Allocation proportional to {@code base * rating^exponent}, exact by largest remainders. All
 * share arithmetic is exact ({@link BigDecimal} over the binary value of each double), so the
 * remainders compare exactly and the amounts add up to the budget.
 */
final class RatingProportionalAllocation extends BuiltInStrategy implements AllocationStrategy {
  static final String EXPONENT = "exponent";

  private final double exponent;

  private RatingProportionalAllocation(StrategyConfig config, double exponent) {
    super(config);
    this.exponent = exponent;
  }

  static RatingProportionalAllocation create(StrategyConfig config) {
    check(config, Set.of(RATING_PROPORTIONAL), Set.of(EXPONENT));
    if (config.rounding().isPresent()) {
      throw config.invalid("rounding", config.rounding().get(), "must not be set: allocation is exact to the minor unit");
    }
    double exponent = config.number(EXPONENT, 1.0);
    if (exponent < 0 || exponent > 10) {
      throw config.invalid(EXPONENT, exponent, "must be between 0 and 10");
    }
    return new RatingProportionalAllocation(config, exponent);
  }

  @Override
  public Set<Characteristic> characteristics() {
    return Set.of(Characteristic.MONOTONE);
  }

  @Override
  public Allocation allocate(long budget, List<AllocationInput> recipients) {
    Checks.require(budget >= 0, "budget", budget, "must be zero or positive");
    Checks.notNull("recipients", recipients);
    Set<EmployeeId> seen = new HashSet<>();
    for (AllocationInput in : recipients) {
      Checks.notNull("recipients[]", in);
      Checks.require(seen.add(in.recipient()), "recipients", in.recipient(), "must name each recipient once");
    }
    int n = recipients.size();
    double[] points = new double[n];
    BigDecimal[] exactPoints = new BigDecimal[n];
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      AllocationInput in = recipients.get(i);
      points[i] = in.base() * Math.pow(in.rating(), exponent);
      Checks.require(Double.isFinite(points[i]), in.recipient() + ".points", points[i], "base times rating^exponent must be finite");
      exactPoints[i] = new BigDecimal(points[i]);
      total = total.add(exactPoints[i]);
    }
    if (total.signum() == 0) {
      Checks.require(budget == 0, "recipients", recipients,
          "must include someone with positive points (base times rating^" + exponent + ") to share a budget of " + budget);
    }
    BigDecimal budgetDecimal = BigDecimal.valueOf(budget);
    long[] amounts = new long[n];
    BigDecimal[] remainders = new BigDecimal[n];
    BigDecimal[] shares = new BigDecimal[n];
    long left = budget;
    for (int i = 0; i < n; i++) {
      if (total.signum() == 0) {
        amounts[i] = 0;
        remainders[i] = BigDecimal.ZERO;
        shares[i] = BigDecimal.ZERO;
        continue;
      }
      BigDecimal numerator = budgetDecimal.multiply(exactPoints[i]);
      BigDecimal floor = numerator.divideToIntegralValue(total);
      amounts[i] = floor.longValueExact();
      remainders[i] = numerator.subtract(floor.multiply(total));
      shares[i] = numerator.divide(total, MathContext.DECIMAL128);
      left -= amounts[i];
    }
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Comparator<Integer> byRemainder = (a, b) -> remainders[b].compareTo(remainders[a]);
    order.sort(byRemainder
        .thenComparing((a, b) -> Double.compare(recipients.get(b).rating(), recipients.get(a).rating()))
        .thenComparing((a, b) -> Long.compare(recipients.get(b).base(), recipients.get(a).base()))
        .thenComparing(i -> recipients.get(i).recipient().value()));
    boolean[] extra = new boolean[n];
    for (int k = 0; k < left; k++) {
      int i = order.get(k);
      amounts[i]++;
      extra[i] = true;
    }
    List<AllocationLine> lines = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      AllocationInput in = recipients.get(i);
      lines.add(new AllocationLine(in.recipient(), in.rating(), in.base(), points[i], shares[i], amounts[i], extra[i]));
    }
    return new Allocation(config(), budget, lines);
  }
}
