package dev.pillars.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of calibration and its bad inputs. */
class CalibratorTest {
  private static final Guideline GUIDELINE = Guideline.percent(5, 10, 20, 40, 20, 10);
  private static final Calibrator CALIBRATOR = Calibrator.of(CalibrationGens.FIVE, GUIDELINE);

  private static ProposedRating rating(String employee, String rater, int level) {
    return new ProposedRating(EmployeeId.of(employee), EmployeeId.of(rater), level, OrgUnitId.of("plant"), "G1");
  }

  /** 20 people: a lenient rater of ten putting everyone at 5, a balanced rater of ten. */
  private static List<ProposedRating> twoRaters() {
    List<ProposedRating> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      out.add(rating("l" + i, "lenient", 4));
      out.add(rating("b" + i, "balanced", new int[] {0, 1, 1, 2, 2, 2, 2, 3, 3, 4}[i]));
    }
    return out;
  }

  @Test
  void aLenientRaterIsFlaggedAndTheirPeopleMoveDownFirst() {
    CalibrationInput input = CALIBRATOR.input(twoRaters());
    RaterProfile lenient = CALIBRATOR.raterEffects(input).get(1);
    assertThat(lenient.rater()).isEqualTo(EmployeeId.of("lenient"));
    assertThat(lenient.effects()).containsExactly(RaterEffect.LENIENCY);
    assertThat(lenient.groupSize()).isEqualTo(10);
    MovePlan plan = CALIBRATOR.suggestMoves(input, Population.cycle());
    // counts 1/2/4/2/11 against 2/4/8/4/2 within 1: level 5 holds 8 too many (levels 2 to 4 need 5)
    assertThat(plan.before().counts()).containsExactly(1, 2, 4, 2, 11);
    assertThat(plan.moves()).hasSize(8);
    assertThat(plan.after().withinTolerance()).isTrue();
    assertThat(plan.moves()).allSatisfy(m -> {
      assertThat(m.rating().rater()).isEqualTo(EmployeeId.of("lenient"));
      assertThat(m.corrects()).contains(RaterEffect.LENIENCY);
      assertThat(m.reason()).startsWith("corrects leniency of rater lenient");
    });
  }

  @Test
  void aRaterOfThreeIsNotFlaggedOnNoise() {
    List<ProposedRating> ratings = new ArrayList<>(twoRaters());
    ratings.add(rating("s1", "small", 3));
    ratings.add(rating("s2", "small", 3));
    ratings.add(rating("s3", "small", 4));
    RaterProfile small = CALIBRATOR.raterEffects(CALIBRATOR.input(ratings)).get(2);
    assertThat(small.rater()).isEqualTo(EmployeeId.of("small"));
    assertThat(small.leniency().value()).isPositive();
    assertThat(small.leniency().low()).isNegative();
    assertThat(small.effects()).isEmpty();
  }

  @Test
  void aPopulationWithinToleranceNeedsNoMovesAndATooSmallOneCannotBeMet() {
    List<ProposedRating> ten = new ArrayList<>();
    int[] levels = {0, 1, 1, 2, 2, 2, 2, 3, 3, 4};
    for (int i = 0; i < 10; i++) {
      ten.add(rating("p" + i, "m", levels[i]));
    }
    MovePlan within = CALIBRATOR.suggestMoves(CALIBRATOR.input(ten), Population.cycle());
    assertThat(within.moves()).isEmpty();
    assertThat(within.feasible()).isTrue();
    MovePlan tiny = CALIBRATOR.suggestMoves(CALIBRATOR.input(ten.subList(0, 3)), Population.cycle());
    assertThat(tiny.feasible()).isFalse();
    assertThat(tiny.moves()).isEmpty();
  }

  @Test
  void distributionsCoverTheCycleEachUnitAndEachGrade() {
    List<ProposedRating> ratings = List.of(
        new ProposedRating(EmployeeId.of("a"), EmployeeId.of("m"), 2, OrgUnitId.of("u1"), "G1"),
        new ProposedRating(EmployeeId.of("b"), EmployeeId.of("m"), 4, OrgUnitId.of("u2"), "G2"));
    List<Distribution> all = CALIBRATOR.distributions(CALIBRATOR.input(ratings));
    assertThat(all).extracting(Distribution::population).containsExactly(Population.cycle(),
        Population.unit(OrgUnitId.of("u1")), Population.unit(OrgUnitId.of("u2")), Population.grade("G1"),
        Population.grade("G2"));
    assertThat(all.get(0).counts()).containsExactly(0, 0, 1, 0, 1);
    assertThat(all.get(0).deviations().get(4)).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aStatisticPrintsItsIntervalAndGroup() {
    assertThat(new Statistic(-0.004, -0.5, 0.5, 3)).hasToString("+0.00 [-0.50, +0.50] over 3");
    assertThat(new Statistic(1.615, 0.98, 2.2449, 10)).hasToString("+1.62 [+0.98, +2.24] over 10");
    assertThatThrownBy(() -> new Statistic(1, 2, 3, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("low").hasMessageContaining("at most the value 1.0");
  }

  @Test
  void largestRemainderBandCountsAddUp() {
    assertThat(GUIDELINE.bandCounts(7)).containsExactly(1, 1, 3, 1, 1);
    assertThat(GUIDELINE.bandCounts(0)).containsExactly(0, 0, 0, 0, 0);
    assertThat(GUIDELINE.bandCounts(23)).containsExactly(2, 5, 9, 5, 2);
  }

  @Test
  void badInputIsRejectedWithFieldValueAndRule() {
    assertThatThrownBy(() -> Guideline.percent(5, 10, 20, 40, 20, 20))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("shares").hasMessageContaining("add up to 1");
    assertThatThrownBy(() -> Guideline.percent(-1, 50, 50))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("tolerance");
    assertThatThrownBy(() -> Calibrator.of(CalibrationGens.THREE, GUIDELINE))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("guideline.shares");
    assertThatThrownBy(() -> CALIBRATOR.input(List.of(rating("a", "m", 1), rating("a", "n", 2))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most once");
    assertThatThrownBy(() -> CALIBRATOR.input(List.of(rating("a", "m", 5))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ratings[0].level");
    assertThatThrownBy(() -> rating("a", "m", -1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("level");
    CalibrationInput three = CalibrationInput.of(CalibrationGens.THREE, List.of());
    assertThatThrownBy(() -> CALIBRATOR.calibrate(three))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("input.scale");
    assertThatThrownBy(() -> CALIBRATOR.distribution(CALIBRATOR.input(List.of()), null))
        .isInstanceOf(NullPointerException.class).hasMessage("population");
    assertThatThrownBy(() -> new Population(Population.Kind.UNIT, " "))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("key");
  }
}
