package dev.pillars.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * {@link Distinct#mix} is the 32-bit finaliser of MurmurHash3, value for value, and {@link
 * LargestRemainder#counts} hands out every unit of its total, rejecting a negative one.
 */
class HashMixAndRemaindersTest {
  @Test
  void mixIsMurmurHash3sFinaliser() {
    // fmix32 of MurmurHash3, computed independently (x ^= x >>> 16; x *= 0x85ebca6b; x ^= x >>> 13;
    // x *= 0xc2b2ae35; x ^= x >>> 16) in 64-bit arithmetic masked to 32 bits
    assertThat(Distinct.mix(0)).isZero();
    assertThat(Distinct.mix(1)).isEqualTo(0x514e28b7);
    assertThat(Distinct.mix(2)).isEqualTo(821_347_078);
    assertThat(Distinct.mix(-1)).isEqualTo(-2_114_883_783);
    assertThat(Distinct.mix(Integer.MAX_VALUE)).isEqualTo(-104_067_416);
    assertThat(Distinct.mix(Integer.MIN_VALUE)).isEqualTo(1_832_674_720);
    assertThat(Distinct.mix(123_456_789)).isEqualTo(-1_168_058_214);
    assertThat(Distinct.mix(0x10000)).isEqualTo(245_581_154);
  }

  @Test
  void unitsGoToTheLargestRemaindersTheLowerBandFirstOnATie() {
    assertThat(LargestRemainder.counts(new double[] {0.25, 0.375, 0.375}, 10)).containsExactly(2, 4, 4);
    assertThat(LargestRemainder.counts(new double[] {0.5, 0.5}, 3)).containsExactly(2, 1);
    assertThat(LargestRemainder.counts(new double[] {0.2, 0.8}, 0)).containsExactly(0, 0);
  }

  @Test
  void everyUnitIsHandedOutEvenWhenTheSharesFallShortOfOne() {
    // quotas 1 and 1 leave 8 units: each band takes one in turn, the lower first, until none is left
    assertThat(LargestRemainder.counts(new double[] {0.1, 0.1}, 10)).containsExactly(5, 5);
    assertThat(LargestRemainder.counts(new double[] {0.1, 0.1}, 11)).containsExactly(6, 5);
  }

  @Test
  void aNegativeTotalIsRefused() {
    assertThatThrownBy(() -> LargestRemainder.counts(new double[] {1.0}, -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("total was -1: must be 0 or more");
    assertThatThrownBy(() -> LargestRemainder.counts(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("shares");
  }
}
