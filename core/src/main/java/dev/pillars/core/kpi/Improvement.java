package dev.pillars.core.kpi;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * How much a KPI changed between a baseline window and a later window, such as "defects down 30
 * %".
 *
 * <p><b>Sign convention.</b> {@link #change()} is the plain difference {@code later - baseline}
 * and {@link #relativeChange()} that difference over {@code |baseline|}: a defect rate from 5.0
 * to 3.5 has change -1.5 and relative change -0.30. {@link #improvement()} and {@link
 * #relativeImprovement()} carry the sign of "better": positive when the KPI got better in its
 * {@link Direction}, negative when it got worse. For that defect rate (lower is better) the
 * improvement is +1.5 and the relative improvement +0.30; for a higher-is-better KPI improvement
 * and change are equal. For {@link Direction#WITHIN_RANGE} the improvement is how much closer the
 * value came to the band ({@code distance(baseline) - distance(later)}), relative to the baseline's
 * distance.
 *
 * <p>Relative figures are empty when their denominator is zero.
 */
public final class Improvement {
  private final Direction direction;
  private final double baselineValue;
  private final double laterValue;
  private final double improvement;
  private final OptionalDouble relativeImprovement;

  private Improvement(
      Direction direction,
      double baselineValue,
      double laterValue,
      double improvement,
      OptionalDouble relativeImprovement) {
    this.direction = direction;
    this.baselineValue = baselineValue;
    this.laterValue = laterValue;
    this.improvement = improvement;
    this.relativeImprovement = relativeImprovement;
  }

  /**
   * Returns the improvement from one value to another of a KPI that is better higher or lower.
   *
   * @param direction {@link Direction#HIGHER_IS_BETTER} or {@link Direction#LOWER_IS_BETTER}
   * @param baselineValue the value of the baseline window
   * @param laterValue the value of the later window
   * @return the improvement
   * @throws dev.pillars.core.InvalidInputException if a value is not finite, their difference
   *     overflows, or the direction is {@link Direction#WITHIN_RANGE} (use {@link #withinBand})
   */
  public static Improvement of(Direction direction, double baselineValue, double laterValue) {
    Checks.notNull("direction", direction);
    Checks.require(
        direction != Direction.WITHIN_RANGE,
        "direction",
        direction,
        "must be HIGHER_IS_BETTER or LOWER_IS_BETTER; a WITHIN_RANGE improvement needs the band (withinBand)");
    Checks.finite("baselineValue", baselineValue);
    Checks.finite("laterValue", laterValue);
    double change = laterValue - baselineValue;
    Checks.require(
        Double.isFinite(change), "laterValue", laterValue, "must lie a finite distance from baselineValue " + baselineValue);
    double better = direction == Direction.HIGHER_IS_BETTER ? change : -change;
    return new Improvement(direction, baselineValue, laterValue, better, ratio(better, Math.abs(baselineValue)));
  }

  /**
   * Returns the improvement from one value to another of a KPI whose good values lie in a band:
   * how much closer to the band the later value is.
   *
   * @param band the band of good values
   * @param baselineValue the value of the baseline window
   * @param laterValue the value of the later window
   * @return the improvement
   * @throws dev.pillars.core.InvalidInputException if a value is not finite or lies too far from
   *     the band for its distance to be finite
   */
  public static Improvement withinBand(Band band, double baselineValue, double laterValue) {
    Checks.notNull("band", band);
    Checks.finite("baselineValue", baselineValue);
    Checks.finite("laterValue", laterValue);
    double before = band.distance(baselineValue);
    double after = band.distance(laterValue);
    Checks.require(Double.isFinite(before), "baselineValue", baselineValue, "must lie a finite distance from " + band);
    Checks.require(Double.isFinite(after), "laterValue", laterValue, "must lie a finite distance from " + band);
    double better = before - after;
    return new Improvement(Direction.WITHIN_RANGE, baselineValue, laterValue, better, ratio(better, before));
  }

  /**
   * Measures a KPI's improvement between two windows of its series, each aggregated by the KPI's
   * {@link KpiDefinition#aggregation()}.
   *
   * @param definition the KPI, better higher or lower
   * @param series the KPI's series; its current values are used
   * @param baselineWindow the window before
   * @param laterWindow the window after, starting after {@code baselineWindow} ends
   * @return the improvement, or empty if a window holds no measurement
   * @throws dev.pillars.core.InvalidInputException if the series is of another KPI, the windows
   *     overlap or are out of order, the KPI is {@link Direction#WITHIN_RANGE} (pass its target),
   *     or a window's {@link Aggregation#SUM} is beyond the range of a double
   */
  public static Optional<Improvement> measure(
      KpiDefinition definition, MeasurementSeries series, Period baselineWindow, Period laterWindow) {
    Checks.notNull("definition", definition);
    Checks.require(
        definition.direction() != Direction.WITHIN_RANGE,
        "definition",
        definition.id(),
        "must not be WITHIN_RANGE without a target; pass the target that holds its band");
    return measured(definition, null, series, baselineWindow, laterWindow);
  }

  /**
   * Measures a KPI's improvement between two windows of its series, each aggregated by the KPI's
   * {@link KpiDefinition#aggregation()}, reading a {@link Direction#WITHIN_RANGE} KPI through the
   * target's band.
   *
   * @param definition the KPI
   * @param target a target of the KPI, pointing the same way
   * @param series the KPI's series; its current values are used
   * @param baselineWindow the window before
   * @param laterWindow the window after, starting after {@code baselineWindow} ends
   * @return the improvement, or empty if a window holds no measurement
   * @throws dev.pillars.core.InvalidInputException if the series is of another KPI, the target
   *     points another way, the windows overlap or are out of order, or a window's {@link
   *     Aggregation#SUM} is beyond the range of a double
   */
  public static Optional<Improvement> measure(
      KpiDefinition definition,
      KpiTarget target,
      MeasurementSeries series,
      Period baselineWindow,
      Period laterWindow) {
    Checks.notNull("definition", definition);
    definition.requireCompatible(target);
    return measured(definition, target, series, baselineWindow, laterWindow);
  }

  private static Optional<Improvement> measured(
      KpiDefinition definition,
      @Nullable KpiTarget target,
      MeasurementSeries series,
      Period baselineWindow,
      Period laterWindow) {
    Checks.notNull("series", series);
    Checks.notNull("baselineWindow", baselineWindow);
    Checks.notNull("laterWindow", laterWindow);
    Checks.require(
        series.kpi().equals(definition.id()), "series", series, "must measure KPI " + definition.id());
    Checks.require(
        laterWindow.start().isAfter(baselineWindow.end()),
        "laterWindow",
        laterWindow,
        "must start after baselineWindow " + baselineWindow + " ends");
    OptionalDouble before = aggregate("baselineWindow", series, baselineWindow, definition.aggregation());
    OptionalDouble after = aggregate("laterWindow", series, laterWindow, definition.aggregation());
    if (before.isEmpty() || after.isEmpty()) {
      return Optional.empty();
    }
    if (target != null && target.band().isPresent()) {
      return Optional.of(withinBand(target.band().get(), before.getAsDouble(), after.getAsDouble()));
    }
    return Optional.of(of(definition.direction(), before.getAsDouble(), after.getAsDouble()));
  }

  /** Aggregates a window, naming the window when its {@link Aggregation#SUM} overflows. */
  private static OptionalDouble aggregate(
      String field, MeasurementSeries series, Period window, Aggregation aggregation) {
    try {
      return series.aggregate(window, aggregation);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(field, window, "must hold values whose " + aggregation + " is within the range of a double");
    }
  }

  private static OptionalDouble ratio(double numerator, double denominator) {
    if (denominator == 0) {
      return OptionalDouble.empty();
    }
    double ratio = numerator / denominator;
    return Double.isFinite(ratio) ? OptionalDouble.of(ratio) : OptionalDouble.empty();
  }

  /**
   * Returns the direction the improvement was judged in.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * Returns the value of the baseline window.
   *
   * @return the value before
   */
  public double baselineValue() {
    return baselineValue;
  }

  /**
   * Returns the value of the later window.
   *
   * @return the value after
   */
  public double laterValue() {
    return laterValue;
  }

  /**
   * Returns the plain difference, whatever the direction.
   *
   * @return {@code laterValue - baselineValue}
   */
  public double change() {
    return laterValue - baselineValue;
  }

  /**
   * Returns the plain difference relative to the baseline value: -0.30 for "down 30 %".
   *
   * @return {@code change() / |baselineValue|}, or empty if the baseline value is 0
   */
  public OptionalDouble relativeChange() {
    return ratio(change(), Math.abs(baselineValue));
  }

  /**
   * Returns how much better the KPI got: positive when better, negative when worse.
   *
   * @return the improvement in the KPI's unit (distance to the band for WITHIN_RANGE)
   */
  public double improvement() {
    return improvement;
  }

  /**
   * Returns the improvement relative to the baseline: +0.30 when a lower-is-better KPI fell by 30
   * %.
   *
   * @return the improvement over {@code |baselineValue|} (over the baseline's distance to the band
   *     for WITHIN_RANGE), or empty if that is 0
   */
  public OptionalDouble relativeImprovement() {
    return relativeImprovement;
  }

  /**
   * Returns whether the KPI got better.
   *
   * @return true if {@link #improvement()} is positive
   */
  public boolean improved() {
    return improvement > 0;
  }

  /**
   * Returns a summary such as {@code 5.0 -> 3.5: down 30.0 % (better)}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    String verdict = improvement > 0 ? "better" : improvement < 0 ? "worse" : "unchanged";
    OptionalDouble relative = relativeChange();
    String moved = change() > 0 ? "up" : change() < 0 ? "down" : "flat";
    String amount =
        relative.isPresent()
            ? String.format(Locale.ROOT, "%.1f %%", Math.abs(relative.getAsDouble()) * 100)
            : String.format(Locale.ROOT, "%s", Math.abs(change()));
    return baselineValue + " -> " + laterValue + ": " + moved + " " + amount + " (" + verdict + ")";
  }
}
