package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PayoutCurveProperties {

  /** Moves a value a little towards "better" (positive amount) or "worse" (negative). */
  private static double better(KpiTarget target, double value, double amount) {
    if (target.direction() == Direction.WITHIN_RANGE) {
      // closer to the band: towards it from the baseline's side
      return target.baseline() < target.target() ? value + amount : value - amount;
    }
    return target.higherIsBetter() ? value + amount : value - amount;
  }

  @Test
  void thePayoutNeverFallsAsTheValueGetsBetter() {
    qt().forAll(
            LocalGens.anyTarget().flatMap(t -> LocalGens.valuesAround(t).map(v -> new Object[] {t, v})),
            LocalGens.curves(),
            doubles().between(0, 1))
        .checkAssert((pair, curve, share) -> {
          KpiTarget target = (KpiTarget) pair[0];
          double value = (double) pair[1];
          double span = Math.abs(target.target() - target.baseline());
          double improved = better(target, value, share * span);
          // Only compare on the baseline side of a band, where moving "better" means moving towards it.
          if (target.band().isPresent()) {
            Band band = target.band().get();
            boolean baselineSide = target.baseline() < band.lower() ? improved <= band.upper() : improved >= band.lower();
            if (!baselineSide) {
              return;
            }
          }
          assertThat(curve.payout(target, improved)).isGreaterThanOrEqualTo(curve.payout(target, value));
          assertThat(curve.payout(target, value)).isBetween(0.0, curve.stretchPayout());
        });
  }

  @Test
  void theCurvePassesThroughItsPointsAndIsFlatBeyondTheStretch() {
    qt().forAll(LocalGens.anyTarget(), LocalGens.curves())
        .checkAssert((target, curve) -> {
          double span = Math.abs(target.target() - target.baseline());
          double top = target.stretch().isPresent() ? curve.stretchPayout() : curve.targetPayout();
          assertThat(curve.payout(target, target.target())).isEqualTo(curve.targetPayout());
          target.threshold().ifPresent(t -> {
            double a = Attainment.raw(target, t);
            if (a > 0 && a < 1) { // a threshold at the baseline or as good as the target shares that point
              assertThat(curve.payout(target, t)).isEqualTo(curve.thresholdPayout());
            }
          });
          target.stretch().ifPresent(s -> assertThat(curve.payout(target, s)).isEqualTo(curve.stretchPayout()));
          double farBetter = better(target, target.stretch().orElse(target.target()), 5 * span);
          if (target.band().isEmpty()) {
            assertThat(curve.payout(target, farBetter)).isEqualTo(top);
          }
          double worse = better(target, target.baseline(), -span);
          assertThat(curve.payout(target, worse)).isEqualTo(0.0);
          assertThat(curve.payout(target, target.baseline())).isEqualTo(
              target.threshold().isPresent() && target.threshold().getAsDouble() == target.baseline()
                  ? curve.thresholdPayout()
                  : 0.0);
        });
  }

  /** Targets whose points are distinct: the threshold strictly inside, the stretch clearly beyond. */
  private static Gen<KpiTarget> targetsWithDistinctPoints() {
    return LocalGens.directions().flatMap(d -> LocalGens.targets(d, 0.05, 0.95, 0.05));
  }

  @Test
  void theCurveHasNoJumpAtItsPointsExceptTheDocumentedCliff() {
    qt().forAll(targetsWithDistinctPoints(), LocalGens.curves(), doubles().between(1e-9, 1e-6))
        .checkAssert((target, curve, h) -> {
          double aThreshold = target.threshold().isPresent() ? Attainment.raw(target, target.threshold().getAsDouble()) : 0;
          double aStretch = target.stretch().isPresent() ? Attainment.raw(target, target.stretch().getAsDouble()) : 2;
          // the steepest segment, in payout per unit of attainment
          double slope = Math.max(curve.targetPayout(), 0);
          if (target.threshold().isPresent()) {
            slope = Math.max(curve.thresholdPayout() / aThreshold, (curve.targetPayout() - curve.thresholdPayout()) / (1 - aThreshold));
          }
          slope = Math.max(slope, (curve.stretchPayout() - curve.targetPayout()) / (aStretch - 1));

          List<Double> points = new ArrayList<>(List.of(target.baseline(), target.target()));
          target.stretch().ifPresent(points::add);
          boolean cliff = curve.belowThreshold() == PayoutCurve.BelowThreshold.CLIFF;
          if (target.threshold().isPresent() && !cliff) {
            points.add(target.threshold().getAsDouble());
          }
          double span = Math.abs(target.target() - target.baseline());
          for (double point : points) {
            for (double side : new double[] {-1, 1}) {
              double near = point + side * h * span;
              double da = Math.abs(Attainment.raw(target, near) - Attainment.raw(target, point));
              assertThat(Math.abs(curve.payout(target, near) - curve.payout(target, point)))
                  .as("jump at %s on side %s", point, side)
                  .isLessThanOrEqualTo(slope * da * (1 + 1e-6) + 1e-12);
            }
          }
          if (target.threshold().isPresent() && cliff) {
            double threshold = target.threshold().getAsDouble();
            double justWorse = better(target, threshold, -h * span);
            assertThat(curve.payout(target, justWorse)).isEqualTo(0.0);
            assertThat(curve.payout(target, threshold)).isEqualTo(curve.thresholdPayout());
          }
        });
  }
}
