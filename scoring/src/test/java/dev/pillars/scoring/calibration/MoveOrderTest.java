package dev.pillars.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who moves when no rater's effect explains the move: for a move up, the raters by mean ascending
 * (not by their order of ids); and a move out of the middle by a rater who shows no central
 * tendency claims to correct nothing.
 */
class MoveOrderTest {
  private static final Calibrator FIVE_POINTS =
      Calibrator.of(CalibrationGens.FIVE, Guideline.percent(5, 10, 20, 40, 20, 10));

  private static ProposedRating r(String employee, String rater, int level) {
    return new ProposedRating(EmployeeId.of(employee), EmployeeId.of(rater), level, OrgUnitId.of("u1"), "G1");
  }

  @Test
  void aMoveUpTakesFromTheRaterWithTheLowestMeanFirstWhenNoneShowsAnEffect() {
    List<ProposedRating> ratings = new ArrayList<>();
    // a-rater (mean 2) comes first by id, b-rater (mean 0) by mean: b's person moves up
    ratings.add(r("a1", "a-rater", 0));
    ratings.add(r("a2", "a-rater", 4));
    ratings.add(r("b1", "b-rater", 0));
    ratings.add(r("b2", "b-rater", 0));
    ratings.add(r("b3", "b-rater", 0));
    int[] rest = {1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4};
    for (int i = 0; i < rest.length; i++) {
      ratings.add(r("m" + (10 + i), "m-rater", rest[i]));
    }
    CalibrationInput input = FIVE_POINTS.input(ratings);
    List<RaterProfile> profiles = FIVE_POINTS.raterEffects(input);
    assertThat(profiles).extracting(p -> p.rater().value()).containsExactly("a-rater", "b-rater", "m-rater");
    assertThat(profiles.get(0).effects()).isEmpty();
    assertThat(profiles.get(1).effects()).isEmpty();
    MovePlan plan = FIVE_POINTS.suggestMoves(input, Population.cycle());
    assertThat(plan.moves()).extracting(m -> m.rating().employee().value() + "->" + m.toLevel()).containsExactly("b1->1");
    assertThat(plan.moves().get(0).corrects()).isEmpty();
  }

  @Test
  void aMoveOutOfTheMiddleByARaterWithoutCentralTendencyCorrectsNothing() {
    List<ProposedRating> ratings = new ArrayList<>();
    int[][] pairs = {{2, 2}, {2, 2}, {2, 2}, {2, 2}, {2, 2}, {2, 2}, {0, 4}, {1, 3}, {1, 3}, {0, 4}};
    for (int k = 0; k < pairs.length; k++) {
      ratings.add(r("p" + (10 + 2 * k), "r" + k, pairs[k][0]));
      ratings.add(r("p" + (11 + 2 * k), "r" + k, pairs[k][1]));
    }
    CalibrationInput input = FIVE_POINTS.input(ratings);
    assertThat(FIVE_POINTS.raterEffects(input)).allSatisfy(p -> assertThat(p.effects()).isEmpty());
    MovePlan plan = FIVE_POINTS.suggestMoves(input, Population.cycle());
    assertThat(plan.moves()).isNotEmpty().allSatisfy(m -> {
      assertThat(m.rating().level()).isEqualTo(2);
      assertThat(m.corrects()).isEmpty();
      assertThat(m.reason()).startsWith("level 'solid' holds 60.0 % against 40.0 % ± 5.0 %");
    });
  }

  @Test
  void theFewestMovesTakeFromAndGiveToTheLevelsNearestToTheNeed() {
    // 0 / 0 / 7 / 5 / 2 of 14: the bottom two are raised to their minimums (1 and 3), which leaves two
    // too many; they come from the middle, the level with room nearest to the raised ones
    assertThat(after(0, 0, 7, 5, 2)).containsExactly(1, 3, 5, 3, 2);
    // 0 / 0 / 5 / 0 / 7 of 12: the top is cut to its maximum, and the people it loses go to the
    // levels below it that need them, the nearest first
    assertThat(after(0, 0, 5, 0, 7)).containsExactly(1, 2, 5, 3, 1);
  }

  @Test
  void peopleAreTakenOnlyFromLevelsAboveTheirMinimumAndGivenOnlyToLevelsBelowTheirMaximum() {
    // each: the plan's counts are within tolerance, and the levels chosen are the nearest with room
    assertThat(after(0, 3, 6, 0, 5)).containsExactly(1, 3, 5, 3, 2); // not from 'developing', at its minimum 3
    assertThat(after(0, 0, 0, 6, 7)).containsExactly(1, 3, 5, 3, 1); // not to 'solid' past its maximum 5
    // a level at its own count has room too: taken from the middle, given to the nearest below the top
    assertThat(after(0, 0, 6, 1, 7)).containsExactly(1, 3, 5, 3, 2);
    assertThat(after(0, 0, 3, 2, 7)).containsExactly(1, 2, 5, 3, 1);
    for (int[] counts : new int[][] {{0, 3, 6, 0, 5}, {0, 0, 0, 6, 7}, {0, 0, 6, 1, 7}, {0, 0, 3, 2, 7}}) {
      assertThat(plan(counts).after().withinTolerance()).isTrue();
    }
  }

  private static List<Integer> after(int... counts) {
    return plan(counts).after().counts();
  }

  private static MovePlan plan(int... counts) {
    List<ProposedRating> ratings = new ArrayList<>();
    for (int level = 0; level < counts.length; level++) {
      for (int i = 0; i < counts[level]; i++) {
        ratings.add(r("e" + level + "-" + (10 + i), "m", level));
      }
    }
    return FIVE_POINTS.suggestMoves(FIVE_POINTS.input(ratings), Population.cycle());
  }
}
