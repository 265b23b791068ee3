package dev.pillars.scoring.rating;

import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.internal.BuiltInStrategy;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Score-to-level bands over an ordered scale; also OKR's red / yellow / green. */
final class BandRating extends BuiltInStrategy implements RatingStrategy {
  static final String VALUES = "values";
  static final String LABELS = "labels";
  static final String LOWER_BOUNDS = "lowerBounds";

  private static final RatingScale OKR_SCALE =
      RatingScale.of(RatingLevel.of(1, "red"), RatingLevel.of(2, "yellow"), RatingLevel.of(3, "green"));
  private static final List<Double> OKR_BOUNDS = List.of(0.4, 0.7);

  private final RatingScale scale;
  private final double[] lowerBounds;
  private final boolean okr;

  private BandRating(StrategyConfig config, RatingScale scale, List<Double> lowerBounds, boolean okr) {
    super(config);
    this.scale = scale;
    this.lowerBounds = lowerBounds.stream().mapToDouble(Double::doubleValue).toArray();
    this.okr = okr;
  }

  static StrategyConfig config(RatingScale scale) {
    Checks.notNull("scale", scale);
    return StrategyConfig.of(BANDS).withNumbers(VALUES, scale.values()).withTexts(LABELS, scale.labels());
  }

  static BandRating create(StrategyConfig config) {
    boolean okr = OKR.equals(requireNonNull(config, "config").name());
    check(config, Set.of(BANDS, OKR), okr ? Set.of() : Set.of(VALUES, LABELS, LOWER_BOUNDS));
    if (okr) {
      return new BandRating(config, OKR_SCALE, OKR_BOUNDS, true);
    }
    RatingScale scale;
    try {
      scale = RatingScale.of(config.numbers(VALUES), config.texts(LABELS));
    } catch (dev.pillars.scoring.InvalidParameterException e) {
      throw e;
    } catch (dev.pillars.core.InvalidInputException e) {
      throw config.invalid(VALUES + "/" + LABELS, e.value(), e.field() + " " + e.rule());
    }
    List<Double> bounds = config.has(LOWER_BOUNDS) ? config.numbers(LOWER_BOUNDS) : RatingStrategy.midpoints(scale);
    if (bounds.size() != scale.levels().size() - 1) {
      throw config.invalid(LOWER_BOUNDS, bounds, "must hold one bound per level except the lowest, "
          + (scale.levels().size() - 1) + " in all");
    }
    for (int i = 1; i < bounds.size(); i++) {
      if (!(bounds.get(i) > bounds.get(i - 1))) {
        throw config.invalid(LOWER_BOUNDS, bounds, "must strictly increase");
      }
    }
    return new BandRating(config, scale, bounds, false);
  }

  @Override
  public RatingScale scale() {
    return scale;
  }

  @Override
  public Set<Characteristic> characteristics() {
    return Set.of(Characteristic.MONOTONE);
  }

  @Override
  public Optional<Scale> range() {
    return Optional.of(Scale.of(scale.lowest().value(), scale.highest().value()));
  }

  @Override
  public Rating rate(double score) {
    if (okr) {
      Checks.inRange("score", score, 0.0, 1.0);
    } else {
      Checks.finite("score", score);
    }
    int level = 0;
    while (level < lowerBounds.length && score >= lowerBounds[level]) {
      level++;
    }
    RatingLevel rated = scale.levels().get(level);
    Receipt.Builder receipt =
        Receipt.builder().kind(kind()).config(config()).addLines(ReceiptLine.of(SCORE, score, 1.0, rated.value()));
    if (level > 0) {
      receipt.putContext("band.lower", lowerBounds[level - 1]);
    }
    if (level < lowerBounds.length) {
      receipt.putContext("band.upper", lowerBounds[level]);
    }
    receipt.addNotes("level " + rated.label());
    if (okr && ((score > 0.3 && score < 0.4) || (score > 0.6 && score < 0.7))) {
      receipt.addNotes(score + " lies in a gap of the OKR bands; each band runs up to the next band's start");
    }
    return new Rating(rated, Score.of(receipt.unroundedValue(rated.value()).build()));
  }
}
