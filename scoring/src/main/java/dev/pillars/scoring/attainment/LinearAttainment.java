package dev.pillars.scoring.attainment;

import dev.pillars.core.kpi.AttainmentPolicy;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.internal.BuiltInStrategy;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Linear attainment from baseline (0) to target (1), with a floor and an optional cap: core's raw
 * attainment bounded by an {@link AttainmentPolicy} (floor at 0 or none, and the cap), then raised
 * to a negative floor if one is configured.
 */
final class LinearAttainment extends BuiltInStrategy implements AttainmentStrategy {
  static final String FLOOR = "floor";
  static final String CAP = "cap";

  private final double floor;
  private final OptionalDouble cap;
  private final AttainmentPolicy policy;

  private LinearAttainment(StrategyConfig config, double floor, OptionalDouble cap) {
    super(config);
    this.floor = floor;
    this.cap = cap;
    this.policy = new AttainmentPolicy(floor == 0, cap);
  }

  static LinearAttainment create(StrategyConfig config) {
    check(config, Set.of(LINEAR), Set.of(FLOOR, CAP));
    double floor = config.number(FLOOR, 0.0);
    if (floor > 0) {
      throw config.invalid(FLOOR, floor, "must be at most 0, so that the baseline scores 0");
    }
    OptionalDouble cap = config.optionalNumber(CAP);
    if (cap.isPresent() && cap.getAsDouble() < 1) {
      throw config.invalid(CAP, cap.getAsDouble(), "must be at least 1, so that the target stays reachable");
    }
    return new LinearAttainment(config, floor, cap);
  }

  @Override
  public Set<Characteristic> characteristics() {
    return Set.of(Characteristic.MONOTONE);
  }

  @Override
  public Optional<Scale> range() {
    return cap.isPresent() ? Optional.of(Scale.of(floor, cap.getAsDouble())) : Optional.empty();
  }

  @Override
  public Score attainment(double actual, KpiTarget target) {
    double raw = AttainmentReceipts.raw(actual, target);
    // floor <= 0 < 1 <= cap, so raising to the floor after the policy's cap is the same as before it
    double result = Math.max(floor, policy.apply(raw));
    String note = "";
    if (raw < floor) {
      note = "below the floor " + floor;
    } else if (cap.isPresent() && raw > cap.getAsDouble()) {
      note = "capped at " + cap.getAsDouble();
    }
    return AttainmentReceipts.score(config(), actual, target, raw, result, note);
  }
}
