package dev.pillars.scoring.attainment;

import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.internal.BuiltInStrategy;
import java.util.Optional;
import java.util.Set;

/**
 * Binary attainment: 1.0 when core's raw attainment reaches 1 (the target is reached in its
 * direction, or the value lies inside a within-range target's band), else 0.0.
 */
final class BinaryAttainment extends BuiltInStrategy implements AttainmentStrategy {

  private BinaryAttainment(StrategyConfig config) {
    super(config);
  }

  static BinaryAttainment create(StrategyConfig config) {
    check(config, Set.of(BINARY), Set.of());
    return new BinaryAttainment(config);
  }

  @Override
  public Set<Characteristic> characteristics() {
    return Set.of(Characteristic.MONOTONE);
  }

  @Override
  public Optional<Scale> range() {
    return Optional.of(Scale.FRACTION);
  }

  @Override
  public Score attainment(double actual, KpiTarget target) {
    double raw = AttainmentReceipts.raw(actual, target);
    boolean reached = raw >= 1.0;
    String note = target.band().isPresent()
        ? (reached ? "inside the band" : "outside the band")
        : (reached ? "target reached" : "target not reached");
    return AttainmentReceipts.score(config(), actual, target, raw, reached ? 1.0 : 0.0, note);
  }
}
