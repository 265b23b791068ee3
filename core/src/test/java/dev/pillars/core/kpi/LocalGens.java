package dev.pillars.core.kpi;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Small generators for core's own KPI tests (core cannot depend on pillars-testing, which depends
 * on core; the published generators live in {@code dev.pillars.testing.KpiGens}).
 */
final class LocalGens {
  private LocalGens() {}

  static Gen<Direction> directions() {
    return Generate.enumValues(Direction.class);
  }

  /** Targets of a direction, with optional threshold and stretch anywhere in their allowed range. */
  static Gen<KpiTarget> targets(Direction direction) {
    return targets(direction, 0, 1, 0.01);
  }

  /**
   * Targets whose threshold, if any, lies at a share in [minShare, maxShare] of the way from baseline
   * to target, and whose stretch, if any, lies at least minStretch spans beyond the target.
   */
  static Gen<KpiTarget> targets(Direction direction, double minShare, double maxShare, double minStretch) {
    Gen<Double> base = doubles().between(-1000, 1000);
    Gen<Double> span = doubles().between(0.001, 1000);
    Gen<Double> share = doubles().between(minShare, maxShare);
    Gen<Double> stretch = doubles().between(minStretch, 2);
    Gen<Boolean> flag = booleans().all();
    if (direction == Direction.WITHIN_RANGE) {
      Gen<Double> width = Generate.oneOf(doubles().between(0, 100), Generate.constant(0.0));
      return base.zip(width, span, flag, (lower, w, distance, below) -> new double[] {lower, w, distance, below ? 1 : 0})
          .zip(share, flag, (p, s, withThreshold) -> {
            double lower = p[0];
            double upper = lower + p[1];
            double baseline = p[3] == 1 ? lower - p[2] : upper + p[2];
            KpiTarget plain = KpiTarget.within(lower, upper, baseline);
            if (!withThreshold) {
              return plain;
            }
            // between the baseline and the band's nearer end (itself between baseline and target)
            double edge = baseline < lower ? lower : upper;
            double threshold = baseline + s * (edge - baseline);
            return KpiTarget.builder()
                .baseline(baseline)
                .target(plain.target())
                .band(plain.band())
                .threshold(threshold)
                .build();
          });
    }
    double sign = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
    return base.zip(span, share, stretch, (b, sp, s, st) -> new double[] {b, sign * sp, s, st})
        .zip(flag, flag, (p, withThreshold, withStretch) -> {
          double baseline = p[0];
          double target = baseline + p[1];
          KpiTarget.Builder builder = KpiTarget.builder().baseline(baseline).target(target);
          if (withThreshold) {
            builder.threshold(baseline + p[2] * p[1]);
          }
          if (withStretch) {
            builder.stretch(target + p[3] * p[1]);
          }
          return builder.build();
        });
  }

  static Gen<KpiTarget> anyTarget() {
    return directions().flatMap(LocalGens::targets);
  }

  /** A value near a target's numbers: from 3 spans below the smaller to 3 spans above the larger. */
  static Gen<Double> valuesAround(KpiTarget target) {
    double low = Math.min(target.baseline(), target.target());
    double high = Math.max(target.baseline(), target.target());
    if (target.band().isPresent()) {
      low = Math.min(low, target.band().get().lower());
      high = Math.max(high, target.band().get().upper());
    }
    double span = high - low;
    Gen<Double> spread = doubles().between(low - 3 * span, high + 3 * span);
    Gen<Double> exact = Generate.pick(java.util.List.of(target.baseline(), target.target()));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(5, spread), org.quicktheories.api.Pair.of(1, exact));
  }

  static Gen<PayoutCurve> curves() {
    Gen<Double> step = Generate.oneOf(doubles().between(0, 2), Generate.constant(0.0));
    return step.zip(step, step, Generate.enumValues(PayoutCurve.BelowThreshold.class),
        (a, b, c, mode) -> new PayoutCurve(a, a + b, a + b + c, mode));
  }

  static Gen<Integer> sizes(int min, int max) {
    return integers().between(min, max);
  }
}
