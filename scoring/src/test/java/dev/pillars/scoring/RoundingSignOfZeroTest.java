package dev.pillars.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * A small negative value rounded to zero is the plain zero, never {@code -0.0}: a negative zero
 * prints as "-0.0" and is not {@link Double#equals} to 0, so two scores of "0" would differ.
 */
class RoundingSignOfZeroTest {
  @Test
  void aNegativeValueRoundedToZeroIsPositiveZero() {
    assertThat(Double.valueOf(Rounding.halfUp(1).apply(-0.04))).isEqualTo(Double.valueOf(0.0));
    assertThat(Double.valueOf(Rounding.of(0, RoundingMode.CEILING).apply(-0.9))).isEqualTo(Double.valueOf(0.0));
    assertThat(String.valueOf(Rounding.of(2, RoundingMode.DOWN).apply(-0.001))).isEqualTo("0.0");
    assertThat(Rounding.halfUp(1).apply(-0.05)).isEqualTo(-0.1);
  }
}
