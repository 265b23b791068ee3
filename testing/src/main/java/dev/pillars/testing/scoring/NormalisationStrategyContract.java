package dev.pillars.testing.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.normalisation.NormalisationStrategy;
import dev.pillars.scoring.normalisation.NormalisedRating;
import dev.pillars.scoring.normalisation.RaterRating;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of a {@link NormalisationStrategy}: one result per rating in input order,
 * determinism, receipts that add up and replay, each rater's order kept, results within the
 * declared range, and rejection of bad parameters and repeated ratings.
 */
public interface NormalisationStrategyContract {
  /**
   * Returns the strategy under test.
   *
   * @return the strategy
   */
  NormalisationStrategy subject();

  /**
   * Returns the scale generated ratings lie on.
   *
   * @return the scale of the input ratings
   */
  Scale scale();

  /**
   * Returns a registry that can recreate the subject; the built-ins unless overridden.
   *
   * @return the registry
   */
  default StrategyRegistry registry() {
    return StrategyRegistry.builtIns();
  }

  /**
   * Returns populations of ratings to normalise.
   *
   * @return a generator of rating populations on {@link #scale()}
   */
  default Gen<List<RaterRating>> populations() {
    return ScoringGens.raterRatings(scale());
  }

  /**
   * Returns configurations the registry must reject; none unless overridden.
   *
   * @return the bad configurations
   */
  default List<StrategyConfig> badConfigs() {
    return List.of();
  }

  /** One result per rating, in input order, the same bits every time and regardless of input order. */
  @Test
  @DisplayName("normalising is deterministic, keeps input order and ignores the order of the population")
  default void isDeterministicAndKeepsOrder() {
    qt().withExamples(200).forAll(populations()).checkAssert(ratings -> {
      List<NormalisedRating> first = subject().normalise(ratings);
      List<NormalisedRating> second = subject().normalise(ratings);
      assertEquals(ratings.size(), first.size(), "one result per rating");
      List<RaterRating> shuffled = new ArrayList<>(ratings);
      Collections.shuffle(shuffled, new Random(ratings.size()));
      List<NormalisedRating> fromShuffled = subject().normalise(shuffled);
      for (int i = 0; i < ratings.size(); i++) {
        assertEquals(ratings.get(i).rater(), first.get(i).rater(), "rater at " + i);
        assertEquals(ratings.get(i).subject(), first.get(i).subject(), "subject at " + i);
        assertEquals(first.get(i).score(), second.get(i).score(), "same receipt at " + i);
        RaterRating r = ratings.get(i);
        NormalisedRating same = fromShuffled.stream()
            .filter(n -> n.rater().equals(r.rater()) && n.subject().equals(r.subject()))
            .findFirst().orElseThrow();
        assertEquals(Double.doubleToRawLongBits(first.get(i).value()), Double.doubleToRawLongBits(same.value()),
            "same value for " + r + " whatever the population's order");
      }
    });
  }

  /** Each receipt adds up and replays to the same bits, through the registry and the strategy. */
  @Test
  @DisplayName("every receipt adds up and replays to the same value, bit for bit")
  default void receiptsAddUpAndReplay() {
    qt().withExamples(200).forAll(populations()).checkAssert(ratings -> {
      for (NormalisedRating n : subject().normalise(ratings)) {
        Receipt receipt = n.score().receipt();
        assertEquals(subject().config(), receipt.config(), "the receipt carries the configuration");
        double tolerance = Receipt.TOLERANCE * Math.max(1.0, Math.abs(receipt.intercept())
            + receipt.lines().stream().mapToDouble(l -> Math.abs(l.contribution())).sum());
        assertTrue(Math.abs(receipt.contributionSum() - receipt.unroundedValue()) <= tolerance, "contributions add up");
        assertEquals(Double.doubleToRawLongBits(n.value()), Double.doubleToRawLongBits(registry().replay(receipt).value()),
            "replay through the registry");
        assertEquals(Double.doubleToRawLongBits(n.value()), Double.doubleToRawLongBits(subject().replay(receipt).value()),
            "replay through the strategy");
      }
    });
  }

  /** A rating at least as high as another of the same rater stays at least as high. */
  @Test
  @DisplayName("each rater's order of ratings is kept")
  default void keepsEachRatersOrder() {
    qt().withExamples(200).forAll(populations()).checkAssert(ratings -> {
      List<NormalisedRating> out = subject().normalise(ratings);
      for (int i = 0; i < ratings.size(); i++) {
        for (int j = 0; j < ratings.size(); j++) {
          if (ratings.get(i).rater().equals(ratings.get(j).rater()) && ratings.get(i).value() <= ratings.get(j).value()) {
            assertTrue(out.get(i).value() <= out.get(j).value(),
                ratings.get(i) + " became " + out.get(i).value() + " but " + ratings.get(j) + " became " + out.get(j).value());
          }
        }
      }
    });
  }

  /** Results lie in the declared range; a monotone normalisation never lowers a raised rating. */
  @Test
  @DisplayName("results lie within the declared range")
  default void staysWithinRange() {
    qt().withExamples(200).forAll(populations()).checkAssert(ratings -> {
      for (NormalisedRating n : subject().normalise(ratings)) {
        subject().range().ifPresent(range -> assertTrue(range.contains(n.value()), n.value() + " outside " + range));
        if (subject().characteristics().contains(Characteristic.BOUNDED_BY_INPUTS)) {
          double rating = n.score().receipt().lines().get(0).value();
          assertEquals(rating, n.score().receipt().unroundedValue(), 0.0, "bounded by its one input");
        }
      }
    });
  }

  /** Bad configurations and a subject rated twice by one rater are rejected. */
  @Test
  @DisplayName("bad parameters and repeated ratings are rejected")
  default void rejectsBadParametersAndInputs() {
    for (StrategyConfig bad : badConfigs()) {
      assertThrows(InvalidInputException.class, () -> registry().create(subject().kind(), bad), bad + " must be rejected");
    }
    assertThrows(InvalidInputException.class,
        () -> registry().create(subject().kind(), subject().config().with("noSuchParameterAnyStrategyReads", 1.0)),
        "an unknown parameter must be rejected");
    EmployeeId rater = EmployeeId.of("rater");
    EmployeeId ratee = EmployeeId.of("ratee");
    double mid = scale().min() + scale().width() / 2;
    assertThrows(InvalidInputException.class,
        () -> subject().normalise(List.of(RaterRating.of(rater, ratee, mid), RaterRating.of(rater, ratee, mid))),
        "a subject rated twice by one rater must be rejected");
  }
}
