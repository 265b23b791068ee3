package dev.pillars.core.reward;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A merit round or bonus pool as it was shared out and kept: the budget, whether it fitted the
 * ranges, and one receipt per person that replays their amount.
 *
 * <p>Invariants: the amounts add up to the budget exactly, each person appears once, and every
 * receipt replays (see {@link RangeReceipt}).
 *
 * @param id the run's id
 * @param name what was shared, such as {@code "2026 merit round on matrix m26"}, not blank
 * @param budget the budget, not negative
 * @param outcome whether the budget fitted the ranges
 * @param receipts one per person
 */
public record AllocationRun(AllocationRunId id, String name, Money budget, RangeOutcome outcome, List<RangeReceipt> receipts) {
  /**
   * Creates a run.
   *
   * @param id the id
   * @param name the name
   * @param budget the budget
   * @param outcome the outcome
   * @param receipts the receipts
   * @throws InvalidInputException if the budget is negative, the amounts do not add up to it or a
   *     person repeats
   */
  public AllocationRun {
    Checks.notNull("id", id);
    Checks.notNull("name", name);
    Checks.notNull("budget", budget);
    Checks.notNull("outcome", outcome);
    Checks.notNull("receipts", receipts);
    Checks.notBlank("name", name);
    Checks.require(!budget.isNegative(), "budget", budget, "must be zero or positive");
    Checks.notNull("outcome", outcome);
    receipts = List.copyOf(Checks.notNull("receipts", receipts));
    Set<EmployeeId> seen = new HashSet<>();
    long total = 0;
    for (RangeReceipt r : receipts) {
      if (!seen.add(r.recipient())) {
        throw new InvalidInputException("receipts", r.recipient(), "must hold each person once");
      }
      total = Math.addExact(total, r.amount());
    }
    Checks.require(total == budget.minor(), "receipts", new Money(budget.currency(), total),
        "amounts must add up to the budget " + budget);
  }

  /**
   * Returns the run with an erased employee's receipt under a pseudonym, the amounts unchanged (the
   * budget still adds up; the pay is no longer theirs by name).
   *
   * @param employee the erased employee
   * @param pseudonym the id that replaces theirs, naming nobody in the run
   * @return the changed run, or empty if the run does not name the employee
   * @throws InvalidInputException if the pseudonym already names someone in the run
   */
  public java.util.Optional<AllocationRun> pseudonymised(EmployeeId employee, EmployeeId pseudonym) {
    Checks.notNull("employee", employee);
    Checks.notNull("pseudonym", pseudonym);
    if (receipts.stream().noneMatch(r -> r.recipient().equals(employee))) {
      return java.util.Optional.empty();
    }
    List<RangeReceipt> renamed = receipts.stream().map(r -> !r.recipient().equals(employee) ? r
        : new RangeReceipt(pseudonym, r.rating(), r.base(), r.range(), r.rateNanos(), r.adjustment(), r.minAmount(),
            r.maxAmount(), r.amount())).toList();
    return java.util.Optional.of(new AllocationRun(id, name, budget, outcome, renamed));
  }
}
