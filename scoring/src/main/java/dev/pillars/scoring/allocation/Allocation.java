package dev.pillars.scoring.allocation;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.StrategyConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A budget shared out, in minor currency units, with one explained line per recipient.
 *
 * <p>Invariants: the amounts add up to the budget exactly and none is negative; every recipient
 * appears once. {@code StrategyRegistry.replay(allocation)} recreates the strategy from {@link
 * #config()} and allocates the same amounts again.
 *
 * @param config the configuration of the strategy that allocated
 * @param budget the budget in minor units, not negative
 * @param lines one line per recipient, in input order
 */
public record Allocation(StrategyConfig config, long budget, List<AllocationLine> lines) {
  /**
   * Creates an allocation.
   *
   * @param config the configuration of the strategy that allocated
   * @param budget the budget in minor units, not negative
   * @param lines one line per recipient, in input order
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if the amounts do not add up to the budget or a
   *     recipient repeats
   */
  public Allocation {
    Checks.notNull("config", config);
    Checks.require(budget >= 0, "budget", budget, "must be zero or positive");
    Checks.notNull("lines", lines);
    lines = List.copyOf(lines);
    Set<EmployeeId> seen = new HashSet<>();
    long total = 0;
    for (AllocationLine line : lines) {
      Checks.require(seen.add(line.recipient()), "lines", line.recipient(), "must hold each recipient once");
      total = Math.addExact(total, line.amount());
    }
    Checks.require(total == budget, "lines", total, "amounts must add up to the budget " + budget);
  }

  /**
   * Returns the recipients' inputs as they were given, in order.
   *
   * @return the inputs
   */
  public List<AllocationInput> inputs() {
    return lines.stream().map(AllocationLine::input).toList();
  }

  /**
   * Returns the line of a recipient.
   *
   * @param recipient the recipient
   * @return the line, or empty if the recipient was not part of the allocation
   * @throws NullPointerException if {@code recipient} is null
   */
  public Optional<AllocationLine> line(EmployeeId recipient) {
    Checks.notNull("recipient", recipient);
    return lines.stream().filter(l -> l.recipient().equals(recipient)).findFirst();
  }

  /**
   * Returns the amount a recipient receives.
   *
   * @param recipient the recipient
   * @return the amount in minor units
   * @throws dev.pillars.core.UnknownReferenceException if the recipient was not part of the
   *     allocation
   */
  public long amount(EmployeeId recipient) {
    return line(recipient)
        .orElseThrow(() -> new dev.pillars.core.UnknownReferenceException(
            "recipient", recipient, "must be a recipient of this allocation"))
        .amount();
  }

  /**
   * Returns the allocation as a small table a person can read.
   *
   * @return several lines of text
   */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append("allocation ").append(config).append(" of ").append(budget).append(" minor units\n");
    sb.append(String.format(Locale.ROOT, "  %-12s %8s %12s %16s %20s %12s%n",
        "recipient", "rating", "base", "points", "exact share", "amount"));
    for (AllocationLine l : lines) {
      sb.append(String.format(Locale.ROOT, "  %-12s %8s %12d %16s %20s %12d%s%n",
          l.recipient(), l.rating(), l.base(), l.points(),
          l.exactShare().setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString(),
          l.amount(), l.extraUnit() ? "  (+1 left-over unit)" : ""));
    }
    return sb.toString();
  }
}
