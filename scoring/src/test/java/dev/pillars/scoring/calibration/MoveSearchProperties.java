package dev.pillars.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.org.OrgUnitId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The suggested moves are the fewest that bring a population within tolerance, checked against a
 * brute force over every assignment of levels on small populations; applying them reaches the
 * distribution the plan announces.
 */
class MoveSearchProperties {
  private static final List<Guideline> GUIDELINES = List.of(
      Guideline.percent(10, 20, 60, 20), Guideline.percent(5, 25, 50, 25), Guideline.percent(0, 30, 40, 30),
      Guideline.percent(15, 10, 80, 10), Guideline.percent(20, 50, 0, 50));

  @Test
  void theMovesAreAsFewAsABruteForceFinds() {
    qt().forAll(CalibrationGens.ratings(3, 1, 7), integers().between(0, GUIDELINES.size() - 1), integers().between(0, 2))
        .checkAssert((ratings, g, p) -> {
          Guideline guideline = GUIDELINES.get(g);
          Population population = p == 0 ? Population.cycle() : p == 1 ? Population.unit(OrgUnitId.of("assembly")) : Population.grade("G1");
          Calibrator calibrator = Calibrator.of(CalibrationGens.THREE, guideline);
          MovePlan plan = calibrator.suggestMoves(calibrator.input(ratings), population);
          List<ProposedRating> members = ratings.stream().filter(population::contains).toList();
          int fewest = bruteForce(members, guideline);
          assertThat(plan.feasible()).isEqualTo(fewest >= 0);
          assertThat(plan.moves()).hasSize(Math.max(0, fewest));
          assertThat(plan.before().counts()).isEqualTo(counts(members));
          List<ProposedRating> after = apply(members, plan.moves());
          assertThat(plan.after().counts()).isEqualTo(counts(after));
          if (plan.feasible()) {
            assertThat(plan.after().withinTolerance()).isTrue();
          }
        });
  }

  @Test
  void everyMoveNamesAMemberOnceFromTheirProposedLevelWithAReason() {
    qt().forAll(CalibrationGens.ratings(5, 1, 40), integers().between(0, 2)).checkAssert((ratings, p) -> {
      Population population = p == 0 ? Population.cycle() : p == 1 ? Population.unit(OrgUnitId.of("quality")) : Population.grade("G2");
      Calibrator calibrator = Calibrator.of(CalibrationGens.FIVE, Guideline.percent(5, 10, 20, 40, 20, 10));
      MovePlan plan = calibrator.suggestMoves(calibrator.input(ratings), population);
      Set<Object> moved = new HashSet<>();
      for (SuggestedMove move : plan.moves()) {
        assertThat(ratings).contains(move.rating());
        assertThat(population.contains(move.rating())).isTrue();
        assertThat(moved.add(move.rating().employee())).isTrue();
        assertThat(move.reason()).contains("level '");
        move.corrects().ifPresent(effect -> assertThat(move.reason()).contains("corrects"));
      }
    });
  }

  static int[] countsArray(List<ProposedRating> ratings, int levels) {
    int[] c = new int[levels];
    ratings.forEach(r -> c[r.level()]++);
    return c;
  }

  private static List<Integer> counts(List<ProposedRating> ratings) {
    List<Integer> out = new ArrayList<>();
    for (int c : countsArray(ratings, 3)) {
      out.add(c);
    }
    return out;
  }

  private static List<ProposedRating> apply(List<ProposedRating> ratings, List<SuggestedMove> moves) {
    List<ProposedRating> out = new ArrayList<>(ratings);
    for (SuggestedMove m : moves) {
      out.set(out.indexOf(m.rating()), m.moved());
    }
    return out;
  }

  /** Returns the fewest changed ratings over every assignment of three levels, or -1 if none is allowed. */
  private static int bruteForce(List<ProposedRating> ratings, Guideline guideline) {
    int n = ratings.size();
    if (n == 0) {
      return 0;
    }
    int best = -1;
    int assignments = (int) Math.pow(3, n);
    for (int code = 0; code < assignments; code++) {
      List<Integer> counts = new ArrayList<>(List.of(0, 0, 0));
      int changed = 0;
      int rest = code;
      for (ProposedRating r : ratings) {
        int level = rest % 3;
        rest /= 3;
        counts.set(level, counts.get(level) + 1);
        changed += level == r.level() ? 0 : 1;
      }
      if (guideline.allows(counts) && (best < 0 || changed < best)) {
        best = changed;
      }
    }
    return best;
  }
}
