package dev.pillars.scoring.normalisation;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.Scale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks shared by the built-in normalisations. */
final class Ratings {
  private Ratings() {}

  static void checkUnique(List<RaterRating> ratings) {
    Checks.notNull("ratings", ratings);
    Set<List<String>> pairs = new HashSet<>();
    for (RaterRating r : ratings) {
      Checks.notNull("ratings[]", r);
      Checks.require(
          pairs.add(List.of(r.rater().value(), r.subject().value())),
          "ratings",
          r.rater() + " -> " + r.subject(),
          "must rate each subject at most once per rater");
    }
  }

  static Scale scale(StrategyConfig config, String parameter) {
    List<Double> ends = config.numbers(parameter);
    if (ends.size() != 2) {
      throw config.invalid(parameter, ends, "must be two numbers [min, max]");
    }
    try {
      return Scale.of(ends.get(0), ends.get(1));
    } catch (InvalidInputException e) {
      throw config.invalid(parameter, ends, e.field() + " " + e.rule());
    }
  }

  static double rating(Receipt receipt, NormalisationStrategy strategy) {
    return requireNonNull(receipt, "receipt").requireWrittenBy(strategy).requiredLine(NormalisationStrategy.RATING);
  }
}
