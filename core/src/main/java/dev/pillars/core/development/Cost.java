package dev.pillars.core.development;

import dev.pillars.core.Checks;

/**
 * What an action costs, exactly: an amount in the currency's minor unit (cents for EUR) and the
 * ISO 4217 code. Kept minimal on purpose: it is a recorded figure, not arithmetic on money.
 *
 * @param minorUnits the amount in minor units, 0 or more
 * @param currency the ISO 4217 code, three capital letters such as {@code EUR}
 */
public record Cost(long minorUnits, String currency) {
  /**
   * Creates a cost.
   *
   * @param minorUnits the amount in minor units, 0 or more
   * @param currency the currency code, three capital letters
   * @throws NullPointerException if {@code currency} is null
   * @throws dev.pillars.core.InvalidInputException if the amount is negative or the code malformed
   */
  public Cost {
    Checks.notNull("currency", currency);
    Checks.require(minorUnits >= 0, "minorUnits", minorUnits, "must be 0 or more");
    Checks.require(
        currency.matches("[A-Z]{3}"), "currency", currency, "must be an ISO 4217 code of three capital letters");
  }

  /**
   * Returns a cost.
   *
   * @param minorUnits the amount in minor units
   * @param currency the currency code
   * @return the cost
   */
  public static Cost of(long minorUnits, String currency) {
    return new Cost(minorUnits, currency);
  }
}
