package dev.pillars.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MoneyProperties {
  static final Gen<Currency> CURRENCIES =
      Generate.pick(java.util.List.of("JPY", "KRW", "EUR", "USD", "GBP", "BHD", "KWD", "TND")).map(Money::currency);

  @Test
  void majorUnitsRoundTripExactlyInEveryCurrency() {
    qt().forAll(CURRENCIES, longs().all()).checkAssert((c, minor) -> {
      Money m = new Money(c, minor);
      assertThat(Money.ofMajor(c, m.major())).isEqualTo(m);
      assertThat(m.major().scale()).isEqualTo(c.getDefaultFractionDigits());
    });
  }

  @Test
  void sumsAreExactAndCommute() {
    Gen<Long> amounts = longs().between(-1_000_000_000_000L, 1_000_000_000_000L);
    qt().forAll(CURRENCIES, amounts, amounts).checkAssert((c, a, b) -> {
      Money x = new Money(c, a);
      Money y = new Money(c, b);
      assertThat(x.plus(y)).isEqualTo(y.plus(x));
      assertThat(x.plus(y).minus(y)).isEqualTo(x);
      assertThat(x.plus(y).major()).isEqualByComparingTo(x.major().add(y.major()));
    });
  }

  @Test
  void conversionIsTheExactProductRoundedOnceWithTheDeclaredMode() {
    Gen<RoundingMode> modes = Generate.pick(java.util.List.of(
        RoundingMode.DOWN, RoundingMode.UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.FLOOR));
    Gen<long[]> rateAndMinor = integers().between(1, 5_000_000)
        .zip(longs().between(-1_000_000_000L, 1_000_000_000L), (r, m) -> new long[] {r, m});
    qt().forAll(CURRENCIES, CURRENCIES, rateAndMinor, modes)
        .assuming((from, to, rm, mode) -> !from.equals(to))
        .checkAssert((from, to, rm, mode) -> {
          long rate = rm[0];
          long minor = rm[1];
          BigDecimal r = BigDecimal.valueOf(rate, 4);
          Money converted = ExchangeRates.into(to, mode).with(from, r).convert(new Money(from, minor));
          BigDecimal exact = new Money(from, minor).major().multiply(r);
          assertThat(converted.currency()).isEqualTo(to);
          assertThat(converted.major()).isEqualByComparingTo(exact.setScale(to.getDefaultFractionDigits(), mode));
          assertThat(converted.major().subtract(exact).abs())
              .isLessThan(BigDecimal.ONE.movePointLeft(to.getDefaultFractionDigits()));
        });
  }
}
