package dev.pillars.scoring;

import dev.pillars.core.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a strategy rounds its output: a number of decimal places and a {@link RoundingMode}.
 *
 * <p>Rounding applies to a score's final value only; everything a strategy computes on the way
 * stays unrounded, and the receipt records both values. The value is rounded in its shortest
 * decimal form ({@link BigDecimal#valueOf(double)}), so {@code 2.675} rounds half up to {@code
 * 2.68} as a person expects, although its binary double lies just below.
 *
 * @param places the number of decimal places kept, from 0 to 15
 * @param mode how to round; not {@link RoundingMode#UNNECESSARY}
 */
public record Rounding(int places, RoundingMode mode) {
  /**
   * Creates a rounding.
   *
   * @param places the number of decimal places kept, from 0 to 15
   * @param mode how to round; not {@link RoundingMode#UNNECESSARY}
   * @throws NullPointerException if {@code mode} is null
   * @throws dev.pillars.core.InvalidInputException if {@code places} is outside 0 to 15 or {@code
   *     UNNECESSARY}
   */
  public Rounding {
    Checks.inRange("places", places, 0, 15);
    Checks.notNull("mode", mode);
    Checks.require(
        mode != RoundingMode.UNNECESSARY, "mode", mode, "must be a mode that rounds, not UNNECESSARY");
  }

  /**
   * Returns a rounding to {@code places} decimal places with {@code mode}.
   *
   * @param places the number of decimal places kept, from 0 to 15
   * @param mode how to round
   * @return the rounding
   */
  public static Rounding of(int places, RoundingMode mode) {
    return new Rounding(places, mode);
  }

  /**
   * Returns a rounding half up to {@code places} decimal places, the usual commercial rounding.
   *
   * @param places the number of decimal places kept, from 0 to 15
   * @return the rounding
   */
  public static Rounding halfUp(int places) {
    return new Rounding(places, RoundingMode.HALF_UP);
  }

  /**
   * Rounds a value.
   *
   * @param value the unrounded value, finite
   * @return the rounded value
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not finite
   */
  public double apply(double value) {
    Checks.finite("value", value);
    double rounded = BigDecimal.valueOf(value).setScale(places, mode).doubleValue();
    return rounded == 0.0 ? 0.0 : rounded;
  }

  @Override
  public String toString() {
    return places + " places " + mode;
  }
}
