package dev.pillars.scoring.attainment;

import dev.pillars.core.Checks;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;

/**
 * The arithmetic of attainment shared by the built-ins. When core's {@code
 * dev.pillars.core.kpi} gains its own attainment and payout-curve functions, these delegate to
 * them.
 */
final class AttainmentMath {
  private AttainmentMath() {}

  /** Progress from baseline (0) to target (1), mirrored when lower is better. */
  static double progress(double actual, KpiTarget target) {
    return (actual - target.baseline()) / (target.target() - target.baseline());
  }

  /** Progress of a point such as the threshold or stretch. */
  static double progressOf(double point, KpiTarget target) {
    return progress(point, target);
  }

  /** Builds the receipt every built-in attainment writes: the actual line and the target facts. */
  static Score score(StrategyConfig config, double actual, KpiTarget target, double result, String note) {
    Receipt.Builder receipt =
        Receipt.builder()
            .kind(StrategyKind.ATTAINMENT)
            .config(config)
            .addLines(ReceiptLine.of(AttainmentStrategy.ACTUAL, actual, 1.0, result))
            .putContext(AttainmentStrategy.BASELINE, target.baseline())
            .putContext(AttainmentStrategy.TARGET, target.target());
    target.threshold().ifPresent(t -> receipt.putContext(AttainmentStrategy.THRESHOLD, t));
    target.stretch().ifPresent(s -> receipt.putContext(AttainmentStrategy.STRETCH, s));
    receipt.putContext("progress", progress(actual, target));
    if (!note.isEmpty()) {
      receipt.addNotes(note);
    }
    return Score.of(receipt.unroundedValue(result).build());
  }

  /** Checks the call's arguments. */
  static void check(double actual, KpiTarget target) {
    Checks.finite("actual", actual);
    Checks.notNull("target", target);
    Checks.require(
        Double.isFinite(progress(actual, target)), "actual", actual, "must lie within a finite distance of the target");
  }
}
