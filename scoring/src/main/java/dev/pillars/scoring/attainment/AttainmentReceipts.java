package dev.pillars.scoring.attainment;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.kpi.Attainment;
import dev.pillars.core.kpi.Band;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;

/**
 * What the built-in attainments share besides the arithmetic, which is core's ({@link Attainment},
 * {@link dev.pillars.core.kpi.AttainmentPolicy}, {@link dev.pillars.core.kpi.PayoutCurve}): checking
 * the call and writing the receipt.
 */
final class AttainmentReceipts {
  private AttainmentReceipts() {}

  /**
   * Checks the call's arguments and returns core's raw attainment of {@code actual}: 0 at the
   * baseline, 1 at the target (or anywhere inside the band of a within-range target).
   */
  static double raw(double actual, KpiTarget target) {
    Checks.finite("actual", actual);
    Checks.notNull("target", target);
    try {
      return Attainment.raw(target, actual);
    } catch (InvalidInputException tooFar) {
      throw new InvalidInputException(
          "actual", actual, "must lie within a finite distance of the target's baseline " + target.baseline());
    }
  }

  /**
   * Builds the receipt every built-in attainment writes: the actual line, the target's facts (and
   * the band's ends for a within-range target), and the raw attainment as {@code progress}.
   */
  static Score score(StrategyConfig config, double actual, KpiTarget target, double raw, double result, String note) {
    Receipt.Builder receipt =
        Receipt.builder()
            .kind(StrategyKind.ATTAINMENT)
            .config(config)
            .addLines(ReceiptLine.of(AttainmentStrategy.ACTUAL, actual, 1.0, result))
            .putContext(AttainmentStrategy.BASELINE, target.baseline())
            .putContext(AttainmentStrategy.TARGET, target.target());
    target.threshold().ifPresent(t -> receipt.putContext(AttainmentStrategy.THRESHOLD, t));
    target.stretch().ifPresent(s -> receipt.putContext(AttainmentStrategy.STRETCH, s));
    if (target.band().isPresent()) {
      Band band = target.band().get();
      receipt.putContext(AttainmentStrategy.BAND_LOWER, band.lower());
      receipt.putContext(AttainmentStrategy.BAND_UPPER, band.upper());
    }
    receipt.putContext(AttainmentStrategy.PROGRESS, raw);
    if (!note.isEmpty()) {
      receipt.addNotes(note);
    }
    return Score.of(receipt.unroundedValue(result).build());
  }
}
