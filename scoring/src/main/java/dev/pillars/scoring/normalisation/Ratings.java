package dev.pillars.scoring.normalisation;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
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

  static double rating(Receipt receipt, StrategyConfig config) {
    Checks.notNull("receipt", receipt);
    Checks.require(
        receipt.kind() == StrategyKind.NORMALISATION, "receipt.kind", receipt.kind(), "must be NORMALISATION");
    Checks.require(receipt.config().equals(config), "receipt.config", receipt.config(), "must be " + config);
    return receipt.line(NormalisationStrategy.RATING)
        .orElseThrow(() -> new InvalidInputException(
            "receipt.lines", receipt.lines(), "must hold the line " + NormalisationStrategy.RATING))
        .value();
  }
}
