package dev.pillars.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Money's sign, order and digit rule at both ends, and a rate table's identity: what PIT found unasserted. */
class MoneyMutationTest {
  private static final Currency EUR = Money.currency("EUR");
  private static final Currency USD = Money.currency("USD");

  @Test
  void anAmountIsNegativeOnlyBelowZero() {
    assertThat(Money.of("EUR", -1).isNegative()).isTrue();
    assertThat(Money.of("EUR", 0).isNegative()).isFalse();
    assertThat(Money.of("EUR", 1).isNegative()).isFalse();
  }

  @Test
  void amountsOfOneCurrencyCompareByTheirMinorUnits() {
    assertThat(Money.of("EUR", 99).compareTo(Money.of("EUR", 100))).isNegative();
    assertThat(Money.of("EUR", 100).compareTo(Money.of("EUR", 99))).isPositive();
    assertThat(Money.of("EUR", 100).compareTo(Money.of("EUR", 100))).isZero();
  }

  @Test
  void aCurrencyWithFourMinorDigitsIsRefusedAsWellAsAPseudoCurrency() {
    // the Chilean Unidad de Fomento has 4 minor digits in ISO 4217: one more than money allows here
    assertThat(Currency.getInstance("CLF").getDefaultFractionDigits()).isEqualTo(4);
    assertThatThrownBy(() -> Money.of("CLF", 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("currency was 'CLF': must be a currency with 0 to 3 minor digits, not a pseudo-currency");
    assertThatThrownBy(() -> Money.of("XXX", 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("currency was 'XXX': must be a currency with 0 to 3 minor digits, not a pseudo-currency");
    assertThat(Money.of("BHD", 1).minorDigits()).isEqualTo(3);
    assertThat(Money.of("JPY", 1).minorDigits()).isZero();
  }

  @Test
  void rateTablesAreEqualExactlyWhenReportingCurrencyRoundingAndRatesAgree() {
    ExchangeRates table = ExchangeRates.into(EUR, RoundingMode.HALF_EVEN).with(USD, new BigDecimal("0.92"));
    ExchangeRates same = ExchangeRates.into(EUR, RoundingMode.HALF_EVEN).with(USD, new BigDecimal("0.920"));
    assertThat(table).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(table).isNotEqualTo(ExchangeRates.into(USD, RoundingMode.HALF_EVEN).with(EUR, new BigDecimal("0.92")));
    assertThat(table).isNotEqualTo(ExchangeRates.into(EUR, RoundingMode.DOWN).with(USD, new BigDecimal("0.92")));
    assertThat(table).isNotEqualTo(ExchangeRates.into(EUR, RoundingMode.HALF_EVEN).with(USD, new BigDecimal("0.93")));
    assertThat(table).isNotEqualTo(ExchangeRates.into(EUR, RoundingMode.HALF_EVEN));
    assertThat(table).isNotEqualTo("EUR");
    assertThat(table.hashCode()).isNotEqualTo(ExchangeRates.into(EUR, RoundingMode.HALF_EVEN).hashCode());
    assertThat(table).hasToString("ExchangeRates into EUR (HALF_EVEN) {USD=0.92}");
    assertThat(table.reporting()).isEqualTo(EUR);
    assertThat(table.rounding()).isEqualTo(RoundingMode.HALF_EVEN);
  }
}
