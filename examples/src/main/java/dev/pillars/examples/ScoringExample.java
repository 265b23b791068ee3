package dev.pillars.examples;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.Outcome;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.NoInputsPolicy;
import dev.pillars.scoring.aggregation.WeightedScore;
import dev.pillars.scoring.allocation.Allocation;
import dev.pillars.scoring.allocation.AllocationInput;
import dev.pillars.scoring.allocation.AllocationLine;
import dev.pillars.scoring.composition.AbsentComponentPolicy;
import dev.pillars.scoring.composition.CompositionStrategy;
import dev.pillars.scoring.preset.Presets;
import dev.pillars.scoring.rating.Rating;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.scoring.rating.RatingStrategy;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scoring a review cycle the way a migrating HR system did: presets that keep a vendor's numbers
 * (and say how they treat a missing component), a receipt that explains and replays a score with
 * each input's share, "no score" rather than zero for nothing to score, a formula an administrator typed in, a
 * rating band, and a bonus pool shared to the cent.
 */
public final class ScoringExample {
  private ScoringExample() {}

  /**
   * Runs the example and prints its report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    // One registry per application: the built-ins plus whatever jars provide (here the CEL formulas).
    StrategyRegistry registry =
        StrategyRegistry.builder().withServiceLoader(ScoringExample.class.getClassLoader()).build();

    String title = "Scoring a review cycle: presets, receipts, a formula, ratings and a bonus pool";
    out.println();
    out.println(title);
    out.println("=".repeat(title.length()));
    out.println();
    out.println("== Preset 1: the old system's roll-up, an unweighted mean of direct children ==");
    List<WeightedScore> regions =
        List.of(
            WeightedScore.of("north", 1.00, 1, 100_000),
            WeightedScore.of("south", 0.40, 1, 20_000),
            WeightedScore.of("east", 0.10, 1, 1_000));
    Score legacy = registry.aggregation(Presets.meanOfChildren()).aggregate(regions);
    Score bySize = registry.aggregation(StrategyConfig.of("proportional-to-target")).aggregate(regions);
    out.printf("sales objective: %s as the old system computed it, %s with targets of $100k/$20k/$1k counting"
        + " for their share%n", Wording.percent(legacy.value()), Wording.percent(bySize.value()));
    ReceiptTable.percentages(bySize.receipt(), region -> region).print(out, "  ", "region", List.of());

    out.println();
    out.println("== Preset 2: star ratings summed with percentage weights (goals 60, competencies 30, feedback 10) ==");
    Map<String, Double> percent = new LinkedHashMap<>();
    percent.put("goals", 60.0);
    percent.put("competencies", 30.0);
    percent.put("feedback", 10.0);
    StrategyConfig starsConfig = Presets.percentageWeightedStars(percent);
    CompositionStrategy stars = registry.composition(starsConfig);
    Score ana = stars.compose(Map.of("goals", 4.5, "competencies", 3.5, "feedback", 4.0));
    Score ben = stars.compose(Map.of("goals", 3.0, "competencies", 4.0));
    out.printf("ana: %.2f stars (%.0f %%)%n", ana.value(), Scale.stars(5).convert(ana.value(), Scale.PERCENT));
    out.printf("ben: %.2f stars, feedback missing: its weight is spread over the two components present%n", ben.value());
    ReceiptTable.of(ben.receipt(), component -> component, ScoringExample::stars)
        .print(out, "  ", "component", List.of());
    Score benAsBefore = registry.composition(Presets.percentageWeightedStars(percent, AbsentComponentPolicy.COUNT_AS_ZERO))
        .compose(Map.of("goals", 3.0, "competencies", 4.0));
    out.printf("ben: %.2f stars where missing feedback counts as 0, as the old system did%n", benAsBefore.value());

    out.println();
    out.println("== Preset 3: ratings as fractions of five stars, weights in percent, three decimals, in one call ==");
    Score eve = registry.composition(Presets.starsFromFractions(percent))
        .compose(Map.of("goals", 0.8333, "competencies", 0.6667, "feedback", 0.5));
    out.printf(Locale.ROOT, "eve: %s stars (before rounding to three decimals: %.5f)%n", eve.value(),
        eve.receipt().unroundedValue());
    ReceiptTable.of(eve.receipt(), component -> component, ScoringExample::stars)
        .print(out, "  ", "component", List.of());

    out.println();
    out.println("== Nothing to score is not zero ==");
    Outcome emptyRegion = registry.aggregation(Presets.meanOfChildren()).outcome(List.of());
    out.println("a region whose last team left: " + (emptyRegion.asScore().isPresent() ? "a score" : "no score yet"));
    Outcome zeroRegion = registry.aggregation(Presets.meanOfChildren(NoInputsPolicy.ZERO)).outcome(List.of());
    out.println("the same, configured to show 0: " + Wording.percent(zeroRegion.valueOr(Double.NaN)));

    out.println();
    out.println("== A receipt stored and replayed ==");
    Map<String, Object> stored = ana.receipt().config().toMap();
    out.println("ana's score is stored with what computed it: " + String.join(" and ", stored.keySet()));
    Score replayed = registry.replay(ana.receipt());
    out.println("replayed: " + stars(replayed.value()) + ", bit for bit the same: "
        + (Double.doubleToRawLongBits(replayed.value()) == Double.doubleToRawLongBits(ana.value()) ? "yes" : "no"));

    out.println();
    out.println("== A formula an administrator typed in (CEL, from the pillars-scoring-cel jar) ==");
    String text = "goals > 0.9 ? 1 : 0.6 * goals + 0.4 * (self + feedback) / 2";
    CompositionStrategy formula =
        registry.composition(Presets.formula(text, List.of("goals", "self", "feedback")));
    Score cho = formula.compose(Map.of("goals", 0.8, "self", 0.9, "feedback", 0.7));
    Score dev = formula.compose(Map.of("goals", 0.95, "self", 0.5, "feedback", 0.6));
    out.printf("%s%n  cho: %s   dev: %s%n", text, Wording.percent(cho.value()), Wording.percent(dev.value()));
    out.println("  cho's score term by term: " + cho.receipt().lines().stream()
        .map(line -> line.name() + " " + Wording.percent(line.value()) + " adds " + Wording.percent(line.contribution()))
        .collect(Collectors.joining(", ")));
    try {
      registry.composition(Presets.formula("goals + bonus", List.of("goals")));
    } catch (dev.pillars.core.InvalidInputException e) {
      out.println("a typo is caught when the formula is saved: " + e.getMessage());
    }

    out.println();
    out.println("== From score to rating ==");
    RatingScale five =
        RatingScale.of(
            RatingLevel.of(1, "unsatisfactory"),
            RatingLevel.of(2, "needs improvement"),
            RatingLevel.of(3, "meets expectations"),
            RatingLevel.of(4, "exceeds expectations"),
            RatingLevel.of(5, "outstanding"));
    RatingStrategy bands = RatingStrategy.bands(five, List.of(1.5, 2.5, 3.5, 4.5));
    Map<String, Double> finals = new LinkedHashMap<>();
    finals.put("ana", ana.value());
    finals.put("ben", ben.value());
    finals.put("cho", 1 + 4 * cho.value());
    finals.put("dev", 1 + 4 * dev.value());
    Map<String, Rating> ratings = new LinkedHashMap<>();
    finals.forEach((who, value) -> {
      Rating r = bands.rate(value);
      ratings.put(who, r);
      out.printf("%s: %.2f -> %s%n", who, value, r.level().label());
    });

    out.println();
    out.println("== A bonus pool of $10,000.01 shared by target bonus x rating level, to the cent ==");
    Map<String, Long> targetBonus = Map.of("ana", 300_000L, "ben", 250_000L, "cho", 300_000L, "dev", 280_000L);
    List<AllocationInput> people =
        ratings.entrySet().stream()
            .map(e -> AllocationInput.of(
                EmployeeId.of(e.getKey()), e.getValue().level().value(), targetBonus.get(e.getKey())))
            .toList();
    Allocation pool = registry.allocation(StrategyConfig.of("rating-proportional")).allocate(1_000_001, people);
    out.printf("  %-9s %6s  %12s  %13s  %10s%n", "person", "rating", "target bonus", "share of pool", "paid");
    long[] shares = Wording.percents(pool.lines().stream().mapToDouble(l -> (double) l.amount() / pool.budget()).toArray());
    for (int i = 0; i < shares.length; i++) {
      AllocationLine line = pool.lines().get(i);
      out.printf("  %-9s %6d  %12s  %13s  %10s%s%n", line.recipient(), Math.round(line.rating()), Wording.dollars(line.base()),
          shares[i] + " %", Wording.dollars(line.amount()), line.extraUnit() ? "  (+1 cent left over)" : "");
    }
    out.println("(cents left after rounding down go to the largest remainders; ana and cho tie, ana's id comes first)");
    long total = pool.lines().stream().mapToLong(AllocationLine::amount).sum();
    out.printf("paid out: %s of %s%n", Wording.dollars(total), Wording.dollars(pool.budget()));
  }

  private static String stars(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
