package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class AttainmentProperties {

  @Test
  void attainmentIsZeroAtTheBaselineAndOneAtTheTargetInEveryDirection() {
    qt().forAll(LocalGens.anyTarget())
        .checkAssert(target -> {
          assertThat(Attainment.raw(target, target.baseline())).isEqualTo(0.0);
          assertThat(Attainment.raw(target, target.target())).isEqualTo(1.0);
          assertThat(Attainment.of(target, target.baseline())).isEqualTo(0.0);
          assertThat(Attainment.of(target, target.target())).isEqualTo(1.0);
          assertThat(Attainment.of(target, target.target(), AttainmentPolicy.cappedAtOne())).isEqualTo(1.0);
        });
  }

  @Test
  void higherIsBetterAttainmentNeverFallsAsTheValueRises() {
    qt().forAll(LocalGens.targets(Direction.HIGHER_IS_BETTER).flatMap(t -> LocalGens.valuesAround(t).map(v -> new Object[] {t, v})),
            LocalGens.sizes(0, 1000))
        .checkAssert((pair, step) -> {
          KpiTarget target = (KpiTarget) pair[0];
          double value = (double) pair[1];
          double higher = value + step * Math.abs(target.target() - target.baseline()) / 100;
          assertThat(Attainment.raw(target, higher)).isGreaterThanOrEqualTo(Attainment.raw(target, value));
        });
  }

  @Test
  void lowerIsBetterAttainmentNeverFallsAsTheValueFalls() {
    qt().forAll(LocalGens.targets(Direction.LOWER_IS_BETTER).flatMap(t -> LocalGens.valuesAround(t).map(v -> new Object[] {t, v})),
            LocalGens.sizes(0, 1000))
        .checkAssert((pair, step) -> {
          KpiTarget target = (KpiTarget) pair[0];
          double value = (double) pair[1];
          double lower = value - step * Math.abs(target.target() - target.baseline()) / 100;
          assertThat(Attainment.raw(target, lower)).isGreaterThanOrEqualTo(Attainment.raw(target, value));
        });
  }

  @Test
  void withinRangeAttainmentRisesTowardsTheBandIsOneInsideAndNeverExceedsOne() {
    qt().forAll(LocalGens.targets(Direction.WITHIN_RANGE).flatMap(t -> LocalGens.valuesAround(t).map(v -> new Object[] {t, v})),
            LocalGens.sizes(0, 1000))
        .checkAssert((pair, step) -> {
          KpiTarget target = (KpiTarget) pair[0];
          double value = (double) pair[1];
          Band band = target.band().orElseThrow();
          double moved = value + step * band.distance(target.baseline()) / 200;
          double a = Attainment.raw(target, value);
          double b = Attainment.raw(target, moved);
          assertThat(a).isLessThanOrEqualTo(1.0);
          if (band.contains(value)) {
            assertThat(a).isEqualTo(1.0);
          }
          if (moved <= band.lower()) {
            assertThat(b).isGreaterThanOrEqualTo(a);
          }
          if (value >= band.upper()) {
            assertThat(b).isLessThanOrEqualTo(a);
          }
          // the same distance on either side of the band gives the same attainment
          double mirrored = band.distance(value) == 0
              ? value
              : value < band.lower() ? band.upper() + (band.lower() - value) : band.lower() - (value - band.upper());
          assertThat(Attainment.raw(target, mirrored)).isCloseTo(a, org.assertj.core.data.Offset.offset(1e-9));
        });
  }

  @Test
  void policiesOnlyBoundTheRawAttainment() {
    qt().forAll(LocalGens.anyTarget().flatMap(t -> LocalGens.valuesAround(t).map(v -> new Object[] {t, v})),
            org.quicktheories.generators.SourceDSL.doubles().between(1, 3))
        .checkAssert((pair, cap) -> {
          KpiTarget target = (KpiTarget) pair[0];
          double value = (double) pair[1];
          double raw = Attainment.raw(target, value);
          assertThat(Attainment.of(target, value, AttainmentPolicy.uncapped())).isEqualTo(raw);
          assertThat(Attainment.of(target, value)).isEqualTo(Math.max(0, raw));
          assertThat(Attainment.of(target, value, AttainmentPolicy.cappedAtOne())).isEqualTo(Math.min(1, Math.max(0, raw)));
          assertThat(Attainment.of(target, value, AttainmentPolicy.cappedAt(cap))).isEqualTo(Math.min(cap, Math.max(0, raw)));
          assertThat(Attainment.of(target, value, AttainmentPolicy.cappedAt(cap).withoutFloor())).isEqualTo(Math.min(cap, raw));
        });
  }
}
