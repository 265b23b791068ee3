package dev.pillars.scoring.normalisation;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.internal.BuiltInStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The identity and linear conversion between scales. */
final class LinearNormalisation extends BuiltInStrategy implements NormalisationStrategy {
  static final String FROM = "from";
  static final String TO = "to";

  private final @Nullable Scale from;
  private final @Nullable Scale to;

  private LinearNormalisation(StrategyConfig config, @Nullable Scale from, @Nullable Scale to) {
    super(config);
    this.from = from;
    this.to = to;
  }

  static LinearNormalisation create(StrategyConfig config) {
    boolean identity = IDENTITY.equals(requireNonNull(config, "config").name());
    check(config, Set.of(IDENTITY, RESCALE), identity ? Set.of() : Set.of(FROM, TO));
    if (identity) {
      return new LinearNormalisation(config, null, null);
    }
    return new LinearNormalisation(config, Ratings.scale(config, FROM), Ratings.scale(config, TO));
  }

  @Override
  public Set<Characteristic> characteristics() {
    return from == null
        ? Set.of(Characteristic.MONOTONE, Characteristic.BOUNDED_BY_INPUTS)
        : Set.of(Characteristic.MONOTONE);
  }

  @Override
  public Optional<Scale> range() {
    return Optional.ofNullable(to);
  }

  @Override
  public List<NormalisedRating> normalise(List<RaterRating> ratings) {
    Ratings.checkUnique(ratings);
    List<NormalisedRating> out = new ArrayList<>(ratings.size());
    for (RaterRating r : ratings) {
      out.add(new NormalisedRating(r.rater(), r.subject(), score(r.value())));
    }
    return out;
  }

  @Override
  public Score replay(Receipt receipt) {
    return score(Ratings.rating(receipt, this));
  }

  private Score score(double rating) {
    Receipt.Builder receipt = Receipt.builder().kind(kind()).config(config());
    if (from == null || to == null) {
      return Score.of(receipt.addLines(ReceiptLine.of(RATING, rating, 1.0, rating)).unroundedValue(rating).build());
    }
    if (!from.contains(rating)) {
      Checks.inRange(RATING, rating, from.min(), from.max());
    }
    double value = from.convert(rating, to);
    double factor = to.width() / from.width();
    double contribution = rating * factor;
    return Score.of(
        receipt
            .addLines(ReceiptLine.of(RATING, rating, factor, contribution))
            .intercept(value - contribution)
            .unroundedValue(value)
            .addNotes("converted from " + from + " to " + to)
            .build());
  }
}
