package dev.pillars.core.money;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * An exact amount of money: an ISO 4217 currency and a whole number of its minor units, such as
 * {@code EUR 12.34} (1234 cents), {@code JPY 500} (500 yen) or {@code BHD 1.250} (1250 fils).
 *
 * <p>Only currencies with 0 to 3 minor digits are money here; ISO's pseudo-currencies (gold,
 * testing codes, {@code XXX}) have none and are refused. Arithmetic is exact: sums that do not fit a
 * {@code long} fail with {@link ArithmeticException}, and two currencies never mix (see {@link
 * ExchangeRates}).
 *
 * @param currency the currency, with 0 to 3 minor digits
 * @param minor the amount in minor units, of either sign
 */
public record Money(Currency currency, long minor) implements Comparable<Money> {
  /**
   * Creates an amount.
   *
   * @param currency the currency, with 0 to 3 minor digits
   * @param minor the amount in minor units
   * @throws NullPointerException if {@code currency} is null
   * @throws InvalidInputException if the currency has no minor digits defined (a pseudo-currency)
   */
  public Money {
    digits(Checks.notNull("currency", currency));
  }

  /**
   * Returns an amount in minor units of a currency named by its ISO 4217 code.
   *
   * @param currencyCode the three-letter code, such as {@code "EUR"}
   * @param minor the amount in minor units
   * @return the amount
   * @throws InvalidInputException if the code is not a known ISO 4217 currency with minor digits
   */
  public static Money of(String currencyCode, long minor) {
    return new Money(currency(currencyCode), minor);
  }

  /**
   * Returns zero in a currency.
   *
   * @param currency the currency
   * @return zero minor units
   */
  public static Money zero(Currency currency) {
    return new Money(currency, 0);
  }

  /**
   * Returns an amount given in major units, such as {@code 12.34} euros; the amount must have no
   * more decimals than the currency's minor digits (nothing is rounded).
   *
   * @param currency the currency
   * @param major the amount in major units
   * @return the amount
   * @throws InvalidInputException if {@code major} has more decimals than the currency allows, or
   *     does not fit a {@code long} of minor units
   */
  public static Money ofMajor(Currency currency, BigDecimal major) {
    int digits = digits(Checks.notNull("currency", currency));
    Checks.notNull("major", major);
    try {
      return new Money(currency, major.movePointRight(digits).longValueExact());
    } catch (ArithmeticException e) {
      throw new InvalidInputException(
          "major", major, "must have at most " + digits + " decimals for " + currency + " and fit 64-bit minor units");
    }
  }

  /**
   * Returns the currency with an ISO 4217 code.
   *
   * @param code the three-letter code
   * @return the currency
   * @throws InvalidInputException if the code is not a known ISO 4217 currency with 0 to 3 minor
   *     digits
   */
  public static Currency currency(String code) {
    Checks.notNull("currency", code);
    Currency currency;
    try {
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("currency", code, "must be a known ISO 4217 currency code");
    }
    digits(currency);
    return currency;
  }

  /**
   * Returns how many minor digits a currency has, checking that it is money.
   *
   * @param currency the currency
   * @return 0 to 3
   * @throws InvalidInputException if the currency has no minor digits defined
   */
  static int digits(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0 || digits > 3) {
      throw new InvalidInputException(
          "currency", currency.getCurrencyCode(), "must be a currency with 0 to 3 minor digits, not a pseudo-currency");
    }
    return digits;
  }

  /**
   * Returns the number of minor digits of this amount's currency.
   *
   * @return 0 to 3
   */
  public int minorDigits() {
    return currency.getDefaultFractionDigits();
  }

  /**
   * Returns the amount in major units, exactly.
   *
   * @return the amount, with the currency's minor digits as its scale
   */
  public BigDecimal major() {
    return BigDecimal.valueOf(minor, minorDigits());
  }

  /**
   * Returns the sum of this amount and another of the same currency.
   *
   * @param other the other amount
   * @return the sum
   * @throws InvalidInputException if the currencies differ
   * @throws ArithmeticException if the sum does not fit a {@code long}
   */
  public Money plus(Money other) {
    return new Money(currency, Math.addExact(minor, sameCurrency("other", other)));
  }

  /**
   * Returns this amount less another of the same currency.
   *
   * @param other the other amount
   * @return the difference
   * @throws InvalidInputException if the currencies differ
   * @throws ArithmeticException if the difference does not fit a {@code long}
   */
  public Money minus(Money other) {
    return new Money(currency, Math.subtractExact(minor, sameCurrency("other", other)));
  }

  /**
   * Returns the minor units of another amount after checking it is in this amount's currency.
   *
   * @param field the name of the other amount, for the message
   * @param other the other amount
   * @return its minor units
   * @throws InvalidInputException if the currencies differ
   */
  public long sameCurrency(String field, Money other) {
    Checks.notNull(field, other);
    if (!other.currency.equals(currency)) {
      throw new InvalidInputException(
          field, other, "must be in " + currency.getCurrencyCode() + ": mixing currencies needs ExchangeRates");
    }
    return other.minor;
  }

  /**
   * Returns whether the amount is below zero.
   *
   * @return {@code true} if negative
   */
  public boolean isNegative() {
    return minor < 0;
  }

  /**
   * Compares two amounts of the same currency.
   *
   * @param other an amount in the same currency
   * @return the comparison of the minor units
   * @throws InvalidInputException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    return Long.compare(minor, sameCurrency("other", other));
  }

  /**
   * Returns the code and the amount in major units, such as {@code EUR 12.34} or {@code BHD 1.250}.
   *
   * @return the amount as text
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + major().toPlainString();
  }
}
