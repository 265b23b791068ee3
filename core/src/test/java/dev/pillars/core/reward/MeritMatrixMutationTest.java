package dev.pillars.core.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Merit-matrix parts at their edges: band ends, each part of a range, exact compa-ratios. */
class MeritMatrixMutationTest {
  @Test
  void aBandHoldsItsStartButNotItsEnd() {
    CompaRatioBand band = CompaRatioBand.of(9_000, 11_000);
    assertThat(band.contains(8_999)).isFalse();
    assertThat(band.contains(9_000)).isTrue();
    assertThat(band.contains(10_999)).isTrue();
    assertThat(band.contains(11_000)).isFalse();
    CompaRatioBand open = CompaRatioBand.from(11_000);
    assertThat(open.contains(Integer.MAX_VALUE)).isTrue();
    assertThat(open.contains(10_999)).isFalse();
    assertThat(band).hasToString("[0.9, 1.1)");
    assertThat(open).hasToString("[1.1, ...)");
    assertThat(CompaRatioBand.of(0, 1)).hasToString("[0, 0.0001)");
    assertThatThrownBy(() -> CompaRatioBand.of(-1, 5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("fromBp was -1: must be zero or positive");
    assertThatThrownBy(() -> CompaRatioBand.of(5, 5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("toBp was 5: must be above fromBp 5");
  }

  @Test
  void aRangeIsAtLeastAnotherOnlyInEveryPart() {
    IncreaseRange base = IncreaseRange.of(100, 200, 300);
    assertThat(base.atLeast(base)).isTrue();
    assertThat(IncreaseRange.of(100, 250, 300).atLeast(base)).isTrue();
    assertThat(IncreaseRange.of(99, 200, 300).atLeast(base)).isFalse();
    assertThat(IncreaseRange.of(100, 199, 300).atLeast(base)).isFalse();
    assertThat(IncreaseRange.of(100, 200, 299).atLeast(base)).isFalse();
    assertThat(base).hasToString("1.00 %/2.00 %/3.00 %");
    assertThat(IncreaseRange.of(0, 0, IncreaseRange.MAX_BP).maxBp()).isEqualTo(100_000);
    assertThatThrownBy(() -> IncreaseRange.of(0, 0, 100_001))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("maxBp was 100001: must be between 0 and 100000");
    assertThatThrownBy(() -> IncreaseRange.of(-1, 0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("minBp was -1: must be between 0 and 100000");
    assertThatThrownBy(() -> IncreaseRange.of(0, 5, 4))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("maxBp was 4: must be between 5 and 100000");
  }

  @Test
  void compaRatiosAreExactBasisPointsCappedBelowOpen() {
    assertThat(MeritMatrix.compaRatioBp(45_000, 50_000)).isEqualTo(9_000);
    assertThat(MeritMatrix.compaRatioBp(50_000, 50_000)).isEqualTo(10_000);
    assertThat(MeritMatrix.compaRatioBp(2, 3)).isEqualTo(6_666);
    assertThat(MeritMatrix.compaRatioBp(Long.MAX_VALUE, 1)).isEqualTo(Integer.MAX_VALUE - 1);
    assertThatThrownBy(() -> MeritMatrix.compaRatioBp(0, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("salary was 0: must be positive");
    assertThatThrownBy(() -> MeritMatrix.compaRatioBp(1, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("midpoint was 0: must be positive");
  }
}
