package dev.pillars.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Currency EUR = Money.currency("EUR");
  private static final Currency USD = Money.currency("USD");
  private static final Currency JPY = Money.currency("JPY");
  private static final Currency BHD = Money.currency("BHD");

  @Test
  void currenciesWithZeroTwoAndThreeMinorDigits() {
    assertThat(Money.of("JPY", 500)).hasToString("JPY 500");
    assertThat(Money.of("EUR", 1234)).hasToString("EUR 12.34");
    assertThat(Money.of("BHD", 1250)).hasToString("BHD 1.250");
    assertThat(Money.ofMajor(BHD, new BigDecimal("1.25")).minor()).isEqualTo(1250);
    assertThat(Money.ofMajor(JPY, new BigDecimal("500")).minor()).isEqualTo(500);
  }

  @Test
  void unknownAndPseudoCurrenciesAreRefused() {
    assertThatThrownBy(() -> Money.of("EURO", 1)).isInstanceOf(InvalidInputException.class)
        .hasMessage("currency was 'EURO': must be a known ISO 4217 currency code");
    assertThatThrownBy(() -> Money.of("XXX", 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be a currency with 0 to 3 minor digits");
    assertThatThrownBy(() -> Money.of(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("currency");
  }

  @Test
  void moreDecimalsThanTheCurrencyHasAreRefusedNotRounded() {
    assertThatThrownBy(() -> Money.ofMajor(JPY, new BigDecimal("1.5"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("major was 1.5: must have at most 0 decimals for JPY");
    assertThatThrownBy(() -> Money.ofMajor(EUR, new BigDecimal("0.001"))).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void mixingCurrenciesIsAnErrorWithoutARateTable() {
    Money eur = Money.of("EUR", 100);
    assertThatThrownBy(() -> eur.plus(Money.of("USD", 100))).isInstanceOf(InvalidInputException.class)
        .hasMessage("other was USD 1.00: must be in EUR: mixing currencies needs ExchangeRates");
    assertThatThrownBy(() -> eur.compareTo(Money.of("JPY", 1))).isInstanceOf(InvalidInputException.class);
    assertThat(eur).isEqualTo(Money.of("EUR", 100));
  }

  @Test
  void aRateTableConvertsExactlyAndRoundsOnceAsDeclared() {
    ExchangeRates rates = ExchangeRates.into(EUR, RoundingMode.HALF_EVEN)
        .with(USD, new BigDecimal("0.92")).with(JPY, new BigDecimal("0.0061")).with(BHD, new BigDecimal("2.44"));
    assertThat(rates.convert(Money.of("USD", 1_000))).isEqualTo(Money.of("EUR", 920));
    assertThat(rates.convert(Money.of("JPY", 125))).isEqualTo(Money.of("EUR", 76)); // 0.7625 -> 0.76
    assertThat(rates.convert(Money.of("BHD", 1))).isEqualTo(Money.of("EUR", 0)); // 0.00244 -> 0.00
    assertThat(rates.sum(List.of(Money.of("EUR", 5), Money.of("USD", 100)))).isEqualTo(Money.of("EUR", 97));
    ExchangeRates strict = ExchangeRates.into(EUR, RoundingMode.UNNECESSARY).with(JPY, new BigDecimal("0.0061"));
    assertThatThrownBy(() -> strict.convert(Money.of("JPY", 125))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must convert exactly");
    assertThatThrownBy(() -> rates.convert(Money.of("GBP", 1))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be in EUR or a currency of the rate table");
  }

  @Test
  void badRatesAreRefusedAndTheTableIsUnchanged() {
    ExchangeRates rates = ExchangeRates.into(EUR, RoundingMode.DOWN).with(USD, new BigDecimal("0.9"));
    assertThatThrownBy(() -> rates.with(JPY, BigDecimal.ZERO)).isInstanceOf(InvalidInputException.class)
        .hasMessage("rate was 0: must be positive");
    assertThatThrownBy(() -> rates.with(USD, BigDecimal.ONE)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> rates.with(EUR, BigDecimal.ONE)).isInstanceOf(InvalidInputException.class);
    assertThat(rates.rates()).containsOnlyKeys(USD);
    assertThat(rates).isEqualTo(ExchangeRates.into(EUR, RoundingMode.DOWN).with(USD, new BigDecimal("0.900")));
  }

  @Test
  void overflowFailsInsteadOfWrapping() {
    Money big = Money.of("EUR", Long.MAX_VALUE);
    assertThatThrownBy(() -> big.plus(Money.of("EUR", 1))).isInstanceOf(ArithmeticException.class);
  }
}
