package dev.pillars.core.smart;

import dev.pillars.core.kpi.Band;
import dev.pillars.core.kpi.KpiTarget;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The wording shared by the SMART rules: findings and the numbers and targets they quote. */
final class Findings {
  private Findings() {}

  static SmartFinding finding(SmartLetter letter, Verdict verdict, String reason) {
    return new SmartFinding(letter, verdict, reason);
  }

  static String describe(KpiTarget target) {
    if (target.band().isPresent()) {
      return "into the band " + bandText(target) + " from " + number(target.baseline());
    }
    return "from " + number(target.baseline()) + " to " + number(target.target());
  }

  static String bandText(KpiTarget target) {
    Band band = target.band().orElseThrow();
    return "[" + number(band.lower()) + ", " + number(band.upper()) + "]";
  }

  static String percent(double share) {
    return Math.round(share * 100) + " %";
  }

  static String signed(double value) {
    return (value > 0 ? "+" : "") + number(value);
  }

  /**
   * At least three significant digits, and every digit before the decimal point; no exponent below
   * 10^15 in magnitude, three significant digits and an exponent from there (1.31E+307).
   */
  static String number(double value) {
    if (value == 0 || !Double.isFinite(value)) {
      return value == 0 ? "0" : String.valueOf(value);
    }
    BigDecimal exact = new BigDecimal(value);
    if (Math.abs(value) >= 1e15) {
      return exact.round(new MathContext(3, RoundingMode.HALF_UP)).toString();
    }
    int integerDigits = exact.precision() - exact.scale();
    MathContext precision = new MathContext(Math.max(3, integerDigits), RoundingMode.HALF_UP);
    return exact.round(precision).stripTrailingZeros().toPlainString();
  }
}
