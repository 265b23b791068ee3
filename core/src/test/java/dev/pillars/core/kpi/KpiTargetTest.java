package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class KpiTargetTest {

  @Test
  void theDirectionIsReadFromTheNumbers() {
    assertThat(KpiTarget.of(1, 2).direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(KpiTarget.of(2, 1).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(KpiTarget.of(2, 1).higherIsBetter()).isFalse();
    assertThat(KpiTarget.within(20, 24, 28).direction()).isEqualTo(Direction.WITHIN_RANGE);
  }

  @Test
  void aBandTargetKeepsItsBandAndTakesTheMidpoint() {
    KpiTarget target = KpiTarget.within(20, 24, 16);
    assertThat(target.band()).contains(Band.of(20, 24));
    assertThat(target.target()).isEqualTo(22.0);
    assertThat(target.baseline()).isEqualTo(16.0);
    assertThat(KpiTarget.within(5, 5, 7).target()).isEqualTo(5.0);
  }

  @Test
  void aBandTargetWithItsBaselineInsideTheBandIsRejected() {
    assertThatThrownBy(() -> KpiTarget.within(20, 24, 21))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("baseline was 21.0: must lie outside the band Band[lower=20.0, upper=24.0] of a WITHIN_RANGE target");
  }

  @Test
  void aBandTargetWithAStretchOrATargetOutsideTheBandIsRejected() {
    assertThatThrownBy(() -> KpiTarget.builder().baseline(28).target(22).band(Band.of(20, 24)).stretch(21).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("stretch was 21.0: must be absent for a WITHIN_RANGE target");
    assertThatThrownBy(() -> KpiTarget.builder().baseline(28).target(25).band(Band.of(20, 24)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("target was 25.0: must lie inside the band Band[lower=20.0, upper=24.0]");
  }

  @Test
  void aBandTargetAcceptsAThresholdBetweenBaselineAndTarget() {
    KpiTarget target = KpiTarget.builder().baseline(28).target(22).band(Band.of(20, 24)).threshold(26).build();
    assertThat(target.threshold()).hasValue(26.0);
    assertThatThrownBy(() -> KpiTarget.builder().baseline(28).target(22).band(Band.of(20, 24)).threshold(29).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("threshold was 29.0: must lie between baseline 28.0 and target 22.0");
  }

  @Test
  void badNumbersAreRejectedNamingFieldValueAndRule() {
    assertThatThrownBy(() -> KpiTarget.of(Double.NaN, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("baseline was NaN: must be a finite number");
    assertThatThrownBy(() -> KpiTarget.of(1, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("target was 1.0: must differ from baseline 1.0");
    assertThatThrownBy(() -> KpiTarget.of(-Double.MAX_VALUE, Double.MAX_VALUE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must lie a finite distance from baseline");
    assertThatThrownBy(() -> KpiTarget.builder().baseline(0).target(10).stretch(5).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("stretch was 5.0: must lie beyond target 10.0 away from baseline 0.0");
    assertThatThrownBy(() -> Band.of(3, 2))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("band.upper was 2.0: must not be below band.lower 3.0");
    assertThatThrownBy(() -> Band.of(0, Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("band.upper was Infinity: must be a finite number");
  }

  @Test
  void aBandMeasuresDistanceToItsNearerEnd() {
    Band band = Band.of(20, 24);
    assertThat(band.distance(18)).isEqualTo(2.0);
    assertThat(band.distance(27)).isEqualTo(3.0);
    assertThat(band.distance(22)).isEqualTo(0.0);
    assertThat(band.contains(20)).isTrue();
    assertThat(band.contains(24.000001)).isFalse();
  }
}
