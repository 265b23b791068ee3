package dev.pillars.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ScaleProperties {
  private static final Gen<Scale> SCALES =
      Generate.oneOf(
          Generate.pick(List.of(Scale.stars(5), Scale.PERCENT, Scale.FRACTION, Scale.of(1, 5), Scale.stars(10))),
          doubles().between(-1_000, 1_000).zip(doubles().between(0.001, 10_000), (min, width) -> Scale.of(min, min + width)));

  @Test
  void convertingThereAndBackReturnsTheValue() {
    qt().forAll(SCALES, SCALES, doubles().between(0, 1)).checkAssert((from, to, share) -> {
      double value = from.clamp(from.min() + share * from.width());
      double back = to.convert(from.convert(value, to), from);
      assertThat(back).isCloseTo(value, Offset.offset(1e-9 * Math.max(1, Math.abs(value) + from.width())));
      assertThat(to.contains(from.convert(value, to))).isTrue();
    });
  }

  @Test
  void roundedStarsRoundTripExactly() {
    Rounding tenths = Rounding.halfUp(1);
    qt().forAll(integers().between(0, 50)).checkAssert(tenthsOfAStar -> {
      double stars = tenthsOfAStar / 10.0;
      double percent = Rounding.halfUp(6).apply(Scale.stars(5).convert(stars, Scale.PERCENT));
      assertThat(tenths.apply(Scale.PERCENT.convert(percent, Scale.stars(5)))).isEqualTo(stars);
      assertThat(tenths.apply(Scale.FRACTION.convert(Scale.stars(5).convert(stars, Scale.FRACTION), Scale.stars(5))))
          .isEqualTo(stars);
    });
  }

  @Test
  void conversionPreservesOrderAndEnds() {
    qt().forAll(SCALES, SCALES, doubles().between(0, 1), doubles().between(0, 1)).checkAssert((from, to, a, b) -> {
      double x = from.clamp(from.min() + Math.min(a, b) * from.width());
      double y = from.clamp(from.min() + Math.max(a, b) * from.width());
      assertThat(from.convert(x, to)).isLessThanOrEqualTo(from.convert(y, to));
      assertThat(from.convert(from.min(), to)).isEqualTo(to.min());
      assertThat(from.convert(from.max(), to)).isEqualTo(to.max());
    });
  }
}
