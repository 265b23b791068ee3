package dev.pillars.scoring.attainment;

import dev.pillars.core.Checks;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Linear attainment from baseline (0) to target (1), with a floor and an optional cap. */
final class LinearAttainment implements AttainmentStrategy {
  static final String FLOOR = "floor";
  static final String CAP = "cap";

  private final StrategyConfig config;
  private final double floor;
  private final OptionalDouble cap;

  private LinearAttainment(StrategyConfig config, double floor, OptionalDouble cap) {
    this.config = config;
    this.floor = floor;
    this.cap = cap;
  }

  static LinearAttainment create(StrategyConfig config) {
    Checks.notNull("config", config);
    Checks.require(LINEAR.equals(config.name()), "strategy", config.name(), "must be " + LINEAR);
    config.requireOnly(Set.of(FLOOR, CAP));
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
  public StrategyConfig config() {
    return config;
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
    AttainmentMath.check(actual, target);
    double progress = AttainmentMath.progress(actual, target);
    double result = Math.max(floor, progress);
    String note = "";
    if (progress < floor) {
      note = "below the floor " + floor;
    }
    if (cap.isPresent() && result > cap.getAsDouble()) {
      result = cap.getAsDouble();
      note = "capped at " + cap.getAsDouble();
    }
    return AttainmentMath.score(config, actual, target, result, note);
  }

  @Override
  public String toString() {
    return config.toString();
  }
}
