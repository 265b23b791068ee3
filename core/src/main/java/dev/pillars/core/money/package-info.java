/**
 * Exact money: {@link dev.pillars.core.money.Money}, an ISO 4217 currency and a whole number of its
 * minor units, and {@link dev.pillars.core.money.ExchangeRates}, the only way two currencies meet.
 *
 * <p><b>Decision: our own small value over {@code long} minor units, not JSR-354.</b> The library
 * needs three things of money: exactness, speed over large populations (a bonus pool across half a
 * million people is shared out on primitive arrays), and no surprise transitive dependency for the
 * hosts that embed it. A {@code long} count of minor units with a {@link java.util.Currency} gives
 * all three: sums are exact integer arithmetic (overflow fails, it never wraps), the JDK already
 * knows every ISO 4217 currency and its minor digits (JPY 0, EUR 2, BHD 3), and stores keep an
 * amount as a {@code BIGINT} and a three-letter code. JSR-354 (Moneta) would bring a runtime
 * dependency, service loading and {@code BigDecimal}-backed amounts whose scale a host may set
 * wrongly; what it adds beyond this package (formatting, rate providers) is the host's business. A
 * host that uses JSR-354 converts at its boundary with {@code Money.ofMajor(amount.getNumber()...)}.
 *
 * <p>Never {@code double}: amounts in major units enter through {@link java.math.BigDecimal} and are
 * refused if they have more decimals than the currency's minor digits. Two currencies never mix
 * silently: {@link dev.pillars.core.money.Money#plus} of two currencies fails, and converting takes
 * an {@link dev.pillars.core.money.ExchangeRates} table with exact decimal rates and a declared
 * {@link java.math.RoundingMode}.
 */
@NullMarked
package dev.pillars.core.money;

import org.jspecify.annotations.NullMarked;
