package dev.pillars.core.kpi;

import dev.pillars.core.Checks;

/**
 * How far a measured value has come from a target's baseline towards its target.
 *
 * <p><b>Higher or lower is better.</b> The raw attainment is {@code (value - baseline) / (target -
 * baseline)}: 0 at the baseline, 1 at the target, linear in between and beyond. For a
 * lower-is-better target the denominator is negative, which mirrors the line, so a value below the
 * baseline scores above 0. Either way the raw attainment never decreases as the value gets better.
 *
 * <p><b>Inside a range.</b> For a target with a {@link KpiTarget#band() band}, the raw attainment
 * is {@code 1 - distance(value) / distance(baseline)}, where {@code distance} is how far a value
 * lies outside the band ({@link Band#distance(double)}): 1 anywhere inside the band, falling
 * linearly on both sides to 0 at the baseline's distance from the band, and below 0 further out. It
 * never exceeds 1.
 *
 * <p>An {@link AttainmentPolicy} then bounds the raw number; {@link AttainmentPolicy#standard()}
 * (floor at 0, no cap) unless one is given.
 */
public final class Attainment {
  private Attainment() {}

  /**
   * Returns the raw, unbounded attainment of a value.
   *
   * @param target the target
   * @param value the measured value
   * @return the raw attainment: 0 at the baseline, 1 at the target
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not finite or lies so far
   *     from the baseline that the attainment overflows
   */
  public static double raw(KpiTarget target, double value) {
    Checks.notNull("target", target);
    Checks.finite("value", value);
    double raw;
    if (target.band().isPresent()) {
      Band band = target.band().get();
      raw = 1 - band.distance(value) / band.distance(target.baseline());
    } else {
      raw = (value - target.baseline()) / (target.target() - target.baseline());
    }
    Checks.require(
        Double.isFinite(raw),
        "value",
        value,
        "must lie within a finite distance of baseline " + target.baseline());
    return raw;
  }

  /**
   * Returns the attainment of a value under the {@link AttainmentPolicy#standard() standard}
   * policy (floor at 0, no cap).
   *
   * @param target the target
   * @param value the measured value
   * @return the attainment, at least 0
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not finite
   */
  public static double of(KpiTarget target, double value) {
    return of(target, value, AttainmentPolicy.standard());
  }

  /**
   * Returns the attainment of a value under a policy.
   *
   * @param target the target
   * @param value the measured value
   * @param policy how to bound the raw attainment
   * @return the bounded attainment
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not finite
   */
  public static double of(KpiTarget target, double value, AttainmentPolicy policy) {
    Checks.notNull("policy", policy);
    return policy.apply(raw(target, value));
  }

  /**
   * Returns the attainment of a value of a KPI under a policy, after checking that the target
   * points the same way as the KPI.
   *
   * @param definition the KPI
   * @param target the target
   * @param value the measured value
   * @param policy how to bound the raw attainment
   * @return the bounded attainment
   * @throws dev.pillars.core.InvalidInputException if the target's direction differs from the
   *     KPI's, or {@code value} is not finite
   */
  public static double of(KpiDefinition definition, KpiTarget target, double value, AttainmentPolicy policy) {
    Checks.notNull("definition", definition);
    return of(definition.requireCompatible(target), value, policy);
  }
}
