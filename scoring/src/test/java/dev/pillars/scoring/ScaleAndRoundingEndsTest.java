package dev.pillars.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The top of one scale converts to exactly the top of another, where the arithmetic alone would
 * fall short; and a value that rounds to zero from below is a positive zero.
 */
class ScaleAndRoundingEndsTest {
  @Test
  void theTopOfAScaleConvertsToExactlyTheTopOfTheOther() {
    Scale to = Scale.of(-0.3, 2.0 / 3);
    assertThat(-0.3 + (2.0 / 3 - -0.3)).isLessThan(2.0 / 3); // the arithmetic alone
    assertThat(Scale.FRACTION.convert(1.0, to)).isEqualTo(2.0 / 3);
  }

  @Test
  void roundingAValueJustBelowZeroGivesAPositiveZero() {
    double rounded = Rounding.halfUp(2).apply(-0.001);
    assertThat(Double.doubleToRawLongBits(rounded)).isEqualTo(Double.doubleToRawLongBits(0.0));
  }
}
