package dev.pillars.core.reward;

import dev.pillars.core.Checks;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import java.math.BigInteger;

/**
 * One person's bonus with its receipt: every number that made it, so that {@link #replay()} computes
 * it again.
 *
 * <p>The amount is {@code floor(min(target * counted/periodDays * factor * multiplier, target *
 * counted/periodDays * cap))} with factor, multiplier and cap as fractions: exact integer arithmetic,
 * rounded down to the minor unit once (a plan never pays more than the exact amount). An ineligible
 * person gets zero and the reason.
 *
 * @param employee who
 * @param targetBonus the full-period target bonus
 * @param countedDays days of the period counted (employed, less leave)
 * @param periodDays days in the plan's period
 * @param companyFactorBp the company factor in basis points
 * @param multiplierBp the individual multiplier of the rating, in basis points
 * @param capBp the cap in basis points of the prorated target
 * @param eligible whether the person is paid
 * @param reason why they are or are not paid, for a person to read
 * @param capped whether the cap cut the award
 * @param amount the award, zero if not eligible
 */
public record BonusAward(
    EmployeeId employee, Money targetBonus, long countedDays, long periodDays, int companyFactorBp, int multiplierBp,
    int capBp, boolean eligible, String reason, boolean capped, Money amount) {
  private static final BigInteger BP2 = BigInteger.valueOf((long) IncreaseRange.ONE * IncreaseRange.ONE);

  /**
   * Creates an award.
   *
   * @param employee who
   * @param targetBonus the target bonus
   * @param countedDays days counted
   * @param periodDays days in the period
   * @param companyFactorBp the company factor
   * @param multiplierBp the individual multiplier
   * @param capBp the cap
   * @param eligible whether paid
   * @param reason why
   * @param capped whether capped
   * @param amount the award
   * @throws dev.pillars.core.InvalidInputException if the numbers do not replay to the amount
   */
  public BonusAward {
    Checks.notNull("employee", employee);
    Checks.notNull("targetBonus", targetBonus);
    Checks.notNull("reason", reason);
    Checks.notNull("amount", amount);
    Checks.require(periodDays > 0, "periodDays", periodDays, "must be positive");
    Checks.require(countedDays >= 0 && countedDays <= periodDays, "countedDays", countedDays,
        "must be between 0 and periodDays " + periodDays);
    Checks.notBlank("reason", reason);
    targetBonus.sameCurrency("amount", Checks.notNull("amount", amount));
    Checks.require(amount.equals(compute(targetBonus, countedDays, periodDays, companyFactorBp, multiplierBp, capBp,
        eligible)), "amount", amount, "must be what the receipt's numbers give");
  }

  /**
   * Computes an award from its numbers.
   *
   * @return the amount
   */
  static Money compute(Money target, long counted, long days, int factorBp, int multiplierBp, int capBp, boolean eligible) {
    if (!eligible) {
      return Money.zero(target.currency());
    }
    BigInteger prorated = BigInteger.valueOf(target.minor()).multiply(BigInteger.valueOf(counted));
    BigInteger uncapped = prorated.multiply(BigInteger.valueOf((long) factorBp * multiplierBp));
    BigInteger cap = prorated.multiply(BigInteger.valueOf((long) capBp * IncreaseRange.ONE));
    BigInteger den = BigInteger.valueOf(days).multiply(BP2);
    return new Money(target.currency(), uncapped.min(cap).divide(den).longValueExact());
  }

  /**
   * Returns whether the uncapped award would exceed the cap.
   *
   * @return {@code true} if the cap applies
   */
  static boolean capApplies(int factorBp, int multiplierBp, int capBp) {
    return (long) factorBp * multiplierBp > (long) capBp * IncreaseRange.ONE;
  }

  /**
   * Computes the award again from the receipt's numbers.
   *
   * @return the amount, equal to {@link #amount()}
   */
  public Money replay() {
    return compute(targetBonus, countedDays, periodDays, companyFactorBp, multiplierBp, capBp, eligible);
  }

  /**
   * Returns the receipt as one line a person can read.
   *
   * @return such as {@code e-7: EUR 8000.00 x 300/366 days x 100.00% x 120.00% = EUR 2360.65}
   */
  public String explain() {
    return employee + ": " + targetBonus + " x " + countedDays + "/" + periodDays + " days x "
        + IncreaseRange.percent(companyFactorBp) + " company x " + IncreaseRange.percent(multiplierBp) + " individual"
        + (capped ? " (capped at " + IncreaseRange.percent(capBp) + ")" : "") + " = " + amount
        + (eligible ? "" : " (" + reason + ")");
  }
}
