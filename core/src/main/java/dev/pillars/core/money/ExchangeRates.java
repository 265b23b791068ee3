package dev.pillars.core.money;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A table of exact exchange rates into one reporting currency, with a declared rounding: the only
 * way amounts of two currencies are combined.
 *
 * <p>A rate says how many major units of the reporting currency one major unit of another currency
 * is worth, as an exact decimal ({@code 1 USD = 0.92 EUR}). Converting multiplies exactly and rounds
 * once, to the reporting currency's minor unit, with the table's {@link RoundingMode}; {@link
 * RoundingMode#UNNECESSARY} makes any conversion that would need rounding fail. Immutable and
 * thread-safe; {@link #with} returns a new table.
 */
public final class ExchangeRates {
  private final Currency reporting;
  private final RoundingMode rounding;
  private final Map<Currency, BigDecimal> rates;

  private ExchangeRates(Currency reporting, RoundingMode rounding, Map<Currency, BigDecimal> rates) {
    this.reporting = reporting;
    this.rounding = rounding;
    this.rates = rates;
  }

  /**
   * Returns a table that converts into a reporting currency and, so far, knows only that currency.
   *
   * @param reporting the currency every amount is converted into
   * @param rounding how a converted amount is rounded to the reporting currency's minor unit
   * @return the table
   * @throws InvalidInputException if the reporting currency is a pseudo-currency
   */
  public static ExchangeRates into(Currency reporting, RoundingMode rounding) {
    Money.digits(Checks.notNull("reporting", reporting));
    Checks.notNull("rounding", rounding);
    return new ExchangeRates(reporting, rounding, Map.of());
  }

  /**
   * Returns a table that also knows the rate of a currency.
   *
   * @param currency the currency, not the reporting one
   * @param rate how many major units of the reporting currency one major unit of {@code currency}
   *     is worth, positive
   * @return the new table
   * @throws InvalidInputException if the rate is not positive, the currency is the reporting one,
   *     a pseudo-currency, or already has a rate
   */
  public ExchangeRates with(Currency currency, BigDecimal rate) {
    Money.digits(Checks.notNull("currency", currency));
    Checks.notNull("rate", rate);
    Checks.require(rate.signum() > 0, "rate", rate, "must be positive");
    Checks.require(!currency.equals(reporting), "currency", currency, "must not be the reporting currency " + reporting);
    Checks.require(!rates.containsKey(currency), "currency", currency, "must have one rate, not two");
    Map<Currency, BigDecimal> next = new LinkedHashMap<>(rates);
    next.put(currency, rate.stripTrailingZeros());
    return new ExchangeRates(reporting, rounding, Collections.unmodifiableMap(next));
  }

  /**
   * Returns the reporting currency.
   *
   * @return the currency amounts are converted into
   */
  public Currency reporting() {
    return reporting;
  }

  /**
   * Returns the rounding of converted amounts.
   *
   * @return the rounding mode
   */
  public RoundingMode rounding() {
    return rounding;
  }

  /**
   * Returns the rates, by currency.
   *
   * @return the rates, in the order they were added
   */
  public Map<Currency, BigDecimal> rates() {
    return rates;
  }

  /**
   * Converts an amount into the reporting currency: exact multiplication, one rounding.
   *
   * @param amount the amount, in the reporting currency or one with a rate
   * @return the amount in the reporting currency
   * @throws InvalidInputException if the table has no rate for the amount's currency, or the
   *     rounding is {@code UNNECESSARY} and the result needs rounding
   * @throws ArithmeticException if the result does not fit a {@code long} of minor units
   */
  public Money convert(Money amount) {
    Checks.notNull("amount", amount);
    if (amount.currency().equals(reporting)) {
      return amount;
    }
    BigDecimal rate = rates.get(amount.currency());
    if (rate == null) {
      throw new InvalidInputException(
          "amount", amount, "must be in " + reporting + " or a currency of the rate table " + rates.keySet());
    }
    BigDecimal exact = amount.major().multiply(rate).movePointRight(Money.digits(reporting));
    try {
      return new Money(reporting, exact.setScale(0, rounding).longValueExact());
    } catch (ArithmeticException e) {
      if (rounding == RoundingMode.UNNECESSARY) {
        throw new InvalidInputException("amount", amount, "must convert exactly, as the table's rounding is UNNECESSARY");
      }
      throw e;
    }
  }

  /**
   * Adds amounts of any currencies of the table, converting each into the reporting currency
   * first (each rounded once).
   *
   * @param amounts the amounts
   * @return their sum in the reporting currency
   * @throws InvalidInputException if an amount's currency has no rate
   */
  public Money sum(Iterable<Money> amounts) {
    Checks.notNull("amounts", amounts);
    Money total = Money.zero(reporting);
    for (Money m : amounts) {
      total = total.plus(convert(m));
    }
    return total;
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof ExchangeRates other
        && reporting.equals(other.reporting)
        && rounding == other.rounding
        && rates.equals(other.rates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reporting, rounding, rates);
  }

  @Override
  public String toString() {
    return "ExchangeRates into " + reporting + " (" + rounding + ") " + rates;
  }
}
