package dev.pillars.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.scoring.normalisation.NormalisationStrategy;
import dev.pillars.scoring.normalisation.NormalisedRating;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Calibration value by value on small worked examples: the rater statistics (the expected numbers
 * come from an independent computation of the documented formulas: population deviations, a t
 * interval for leniency, a Wilson interval for central tendency), the z-scores and forced levels of
 * the report, the moves with their full reasons, and every rule of the values with its message.
 */
class CalibrationMutationTest {
  private static final Offset<Double> EXACT = Offset.offset(1e-12);
  private static final Calibrator TEN = Calibrator.of(CalibrationGens.FIVE, Guideline.percent(10, 10, 20, 40, 20, 10));
  private static final Calibrator FIVE_POINTS =
      Calibrator.of(CalibrationGens.FIVE, Guideline.percent(5, 10, 20, 40, 20, 10));

  private static ProposedRating r(String employee, String rater, int level) {
    return new ProposedRating(EmployeeId.of(employee), EmployeeId.of(rater), level,
        OrgUnitId.of(employee.startsWith("a") ? "u1" : "u2"), "G1");
  }

  /** ma rates 5, 5, 4, 5; mb rates 1, 2, 3, 2; mc rates one 3. */
  private static List<ProposedRating> worked() {
    return List.of(r("a1", "ma", 4), r("a2", "ma", 4), r("a3", "ma", 3), r("a4", "ma", 4), r("b1", "mb", 0),
        r("b2", "mb", 1), r("b3", "mb", 2), r("b4", "mb", 1), r("c1", "mc", 2));
  }

  private static void statistic(Statistic s, double value, double low, double high, int group) {
    assertThat(s.value()).isCloseTo(value, EXACT);
    assertThat(s.low()).isCloseTo(low, EXACT);
    assertThat(s.high()).isCloseTo(high, EXACT);
    assertThat(s.groupSize()).isEqualTo(group);
  }

  @Test
  void raterProfilesHoldTheirMeansIntervalsAndGroupSizes() {
    List<RaterProfile> profiles = TEN.raterEffects(TEN.input(worked()));
    assertThat(profiles).extracting(p -> p.rater().value()).containsExactly("ma", "mb", "mc");
    statistic(profiles.get(0).leniency(), 1.4166666666666665, -0.8333471110689277, 3.6666804444022607, 4);
    statistic(profiles.get(0).centralTendency(), -0.2222222222222222, -0.2222222222222222, 0.49459442306882084, 4);
    statistic(profiles.get(1).leniency(), -1.3333333333333335, -3.5833471110689277, 0.9166804444022607, 4);
    statistic(profiles.get(1).centralTendency(), 0.02777777777777779, -0.2010833160088184, 0.6150471942098955, 4);
    // a rater of one: the interval spans the scale's width each side; central tendency from -p to 1 - p
    statistic(profiles.get(2).leniency(), -0.3333333333333335, -4.333333333333334, 3.6666666666666665, 1);
    statistic(profiles.get(2).centralTendency(), 0.7777777777777778, -0.2222222222222222, 0.7777777777777778, 1);
    assertThat(profiles).allSatisfy(p -> assertThat(p.effects()).isEmpty());
    assertThat(profiles.get(1).groupSize()).isEqualTo(4);
  }

  @Test
  void groupsOfMoreThanThirtyUseTheNormalApproximationOfTheQuantile() {
    List<ProposedRating> big = new ArrayList<>();
    for (int i = 0; i < 31; i++) {
      big.add(r("p" + (100 + i), "thirtyone", i % 5));
    }
    for (int i = 0; i < 32; i++) {
      big.add(r("q" + (100 + i), "thirtytwo", i % 3));
    }
    List<RaterProfile> profiles = TEN.raterEffects(TEN.input(big));
    statistic(profiles.get(0).leniency(), 0.49103942652329735, 0.03000074326216129, 0.9520781097844334, 31);
    statistic(profiles.get(1).leniency(), -0.47569444444444464, -0.9282475250970628, -0.023141363791826464, 32);
    assertThat(profiles.get(0).effects()).containsExactly(RaterEffect.LENIENCY);
    assertThat(profiles.get(1).effects()).containsExactly(RaterEffect.SEVERITY);
    assertThat(profiles.get(0).centralTendency()).hasToString("-0.06 [-0.16, +0.12] over 31");
    assertThat(profiles.get(1).centralTendency()).hasToString("+0.06 [-0.08, +0.24] over 32");
  }

  @Test
  void onAnEvenScaleTheTwoLevelsAroundTheMiddleCountAsMiddle() {
    RatingScale four = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0), List.of("d", "c", "b", "a"));
    Calibrator calibrator = Calibrator.of(four, Guideline.percent(10, 10, 40, 40, 10));
    List<RaterProfile> profiles = calibrator.raterEffects(calibrator.input(List.of(r("a1", "m", 0), r("a2", "m", 1),
        r("a3", "m", 2), r("a4", "m", 3), r("a5", "m", 1), r("b1", "n", 0), r("b2", "n", 3), r("b3", "n", 3))));
    statistic(profiles.get(0).leniency(), -0.2250000000000001, -1.7375379334086136, 1.2875379334086134, 5);
    statistic(profiles.get(0).centralTendency(), 0.22499999999999998, -0.22195987339721834, 0.5506617582129174, 5);
    statistic(profiles.get(1).centralTendency(), -0.375, -0.375, 0.48556764121674434, 3);
  }

  @Test
  void theReportHoldsClampedZScoresAndForcedLevels() {
    CalibrationInput input = TEN.input(worked());
    CalibrationReport report = TEN.calibrate(input);
    double up = 4.149829914261059;
    double mean = 3.3333333333333335;
    double[] z = {up, up, 1.0, up, 1.3333333333333335, mean, 5.0, mean, mean};
    int[] forced = {3, 3, 2, 4, 0, 1, 2, 1, 2};
    for (int i = 0; i < z.length; i++) {
      assertThat(report.zScore(i)).as("z %d", i).isCloseTo(z[i], EXACT);
      assertThat(report.forcedLevel(i)).as("forced %d", i).isEqualTo(forced[i]);
    }
    assertThat(report.input()).isSameAs(input);
    assertThat(report.raterProfiles()).isEqualTo(TEN.raterEffects(input));
    assertThat(report).hasToString("CalibrationReport[CalibrationInput[9 ratings by 3 raters on "
        + "[unsatisfactory, developing, solid, exceeds, outstanding]], 2 moves]");
    assertThatThrownBy(() -> report.zScore(9)).isInstanceOf(InvalidInputException.class)
        .hasMessage("index was 9: must be between 0 and 8");
    assertThatThrownBy(() -> report.zScore(-1)).isInstanceOf(InvalidInputException.class)
        .hasMessage("index was -1: must be between 0 and 8");
    assertThatThrownBy(() -> report.forcedLevel(9)).isInstanceOf(InvalidInputException.class)
        .hasMessage("index was 9: must be between 0 and 8");
  }

  @Test
  void withoutALeaningRaterMovesAreExplainedByTheDistanceAlone() {
    MovePlan plan = TEN.suggestMoves(TEN.input(worked()), Population.cycle());
    assertThat(plan.before().counts()).containsExactly(1, 2, 2, 1, 3);
    assertThat(plan.after().counts()).containsExactly(1, 2, 3, 2, 1);
    assertThat(plan.feasible()).isTrue();
    assertThat(plan.moves()).extracting(m -> m.rating().employee().value()).containsExactly("a1", "a2");
    assertThat(plan.moves()).extracting(SuggestedMove::toLevel).containsExactly(2, 3);
    assertThat(plan.moves()).allSatisfy(m -> assertThat(m.corrects()).isEmpty());
    assertThat(plan.moves().get(0).reason())
        .isEqualTo("level 'outstanding' holds 33.3 % against 10.0 % ± 10.0 %, level 'solid' 22.2 % against 40.0 %");
    assertThat(plan.moves().get(1).reason())
        .isEqualTo("level 'outstanding' holds 33.3 % against 10.0 % ± 10.0 %, level 'exceeds' 11.1 % against 20.0 %");
    assertThat(plan.moves().get(1).moved().level()).isEqualTo(3);
    assertThat(TEN.calibrate(TEN.input(worked())).plan()).isEqualTo(plan);
  }

  @Test
  void aSevereRatersPeopleMoveUpFirstEachMoveNamingTheEffect() {
    List<ProposedRating> ratings = new ArrayList<>();
    int[] balanced = {0, 1, 1, 2, 2, 2, 2, 3, 3, 4};
    for (int i = 0; i < 10; i++) {
      ratings.add(r("x" + (10 + i), "severe", 0));
      ratings.add(r("y" + i, "balanced", balanced[i]));
    }
    MovePlan plan = FIVE_POINTS.suggestMoves(FIVE_POINTS.input(ratings), Population.cycle());
    assertThat(plan.after().counts()).containsExactly(3, 5, 8, 3, 1);
    assertThat(plan.moves()).extracting(m -> m.rating().employee().value())
        .containsExactly("x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17");
    assertThat(plan.moves()).extracting(SuggestedMove::toLevel).containsExactly(1, 1, 1, 2, 2, 2, 2, 3);
    assertThat(plan.moves()).allSatisfy(m -> assertThat(m.corrects()).contains(RaterEffect.SEVERITY));
    String severity = "corrects severity of rater severe (-1.00 [-1.90, -0.10] over 10); ";
    assertThat(plan.moves().get(0).reason()).isEqualTo(severity
        + "level 'unsatisfactory' holds 55.0 % against 10.0 % ± 5.0 %, level 'developing' 10.0 % against 20.0 %");
    assertThat(plan.moves().get(7).reason()).isEqualTo(severity
        + "level 'unsatisfactory' holds 55.0 % against 10.0 % ± 5.0 %, level 'exceeds' 10.0 % against 20.0 %");
    RaterProfile balancedProfile = FIVE_POINTS.raterEffects(FIVE_POINTS.input(ratings)).get(0);
    assertThat(balancedProfile.effects()).containsExactly(RaterEffect.LENIENCY);
    assertThat(balancedProfile.centralTendency()).hasToString("+0.20 [-0.05, +0.52] over 10");
  }

  @Test
  void lenientAndSevereRatersAreMovedBeforeOthersAndTheMiddleStays() {
    List<ProposedRating> ratings = new ArrayList<>();
    for (int i = 10; i < 22; i++) {
      ratings.add(r("m" + i, "mid", 2));
    }
    int[] spread = {0, 1, 1, 3, 3, 4, 4, 0};
    for (int i = 0; i < 8; i++) {
      ratings.add(r("s" + i, "spread", spread[i]));
    }
    for (int i = 0; i < 6; i++) {
      ratings.add(r("h" + i, "hi", 4));
      ratings.add(r("l" + i, "lo", 0));
    }
    MovePlan plan = FIVE_POINTS.suggestMoves(FIVE_POINTS.input(ratings), Population.cycle());
    assertThat(plan.after().counts()).containsExactly(4, 7, 12, 5, 4);
    assertThat(plan.moves()).extracting(m -> m.rating().employee().value() + "->" + m.toLevel())
        .containsExactly("l0->1", "l1->1", "l2->1", "l3->1", "h0->1", "h1->3", "h2->3", "h3->3");
    assertThat(plan.moves().get(4).reason()).isEqualTo("corrects leniency of rater hi (+2.00 [+0.47, +3.53] over 6); "
        + "level 'outstanding' holds 25.0 % against 10.0 % ± 5.0 %, level 'developing' 6.3 % against 20.0 %");
    assertThat(plan.moves().get(4).corrects()).contains(RaterEffect.LENIENCY);
    CalibrationReport report = FIVE_POINTS.calibrate(FIVE_POINTS.input(ratings));
    // a rater whose ratings do not vary is only shifted: every one of hi, lo and mid lands on the mean, 3
    assertThat(report.zScore(0)).isEqualTo(3.0);
    assertThat(report.zScore(6)).isEqualTo(3.0);
    assertThat(report.zScore(24)).isCloseTo(1.1560911085414225, EXACT);
    assertThat(report.zScore(29)).isCloseTo(4.843908891458577, EXACT);
  }

  @Test
  void aRaterWhoPutsEveryoneInTheMiddleIsMovedOutOfItFirst() {
    List<ProposedRating> ratings = new ArrayList<>();
    for (int i = 10; i < 24; i++) {
      ratings.add(r("m" + i, "mid", 2));
    }
    int[] spread = {0, 1, 1, 3, 3, 4};
    for (int i = 0; i < spread.length; i++) {
      ratings.add(r("s" + i, "spread", spread[i]));
    }
    CalibrationInput input = FIVE_POINTS.input(ratings);
    RaterProfile mid = FIVE_POINTS.raterEffects(input).get(0);
    assertThat(mid.effects()).containsExactly(RaterEffect.CENTRAL_TENDENCY);
    statistic(mid.centralTendency(), 0.30000000000000004, 0.05004285959197663, 0.30000000000000004, 14);
    MovePlan plan = FIVE_POINTS.suggestMoves(input, Population.cycle());
    // 1 / 2 / 14 / 2 / 1 against at most 9 in the middle: three go down a level and two up
    assertThat(plan.after().counts()).containsExactly(1, 5, 9, 4, 1);
    assertThat(plan.moves()).extracting(m -> m.rating().employee().value() + "->" + m.toLevel())
        .containsExactly("m10->1", "m11->1", "m12->1", "m13->3", "m14->3");
    assertThat(plan.moves()).allSatisfy(m -> assertThat(m.corrects()).contains(RaterEffect.CENTRAL_TENDENCY));
    String central = "corrects central tendency of rater mid (+0.30 [+0.05, +0.30] over 14); ";
    assertThat(plan.moves().get(0).reason()).isEqualTo(central
        + "level 'solid' holds 70.0 % against 40.0 % ± 5.0 %, level 'developing' 10.0 % against 20.0 %");
    assertThat(plan.moves().get(3).reason()).isEqualTo(central
        + "level 'solid' holds 70.0 % against 40.0 % ± 5.0 %, level 'exceeds' 10.0 % against 20.0 %");
  }

  @Test
  void distributionsCountSharesAndDeviationsAndPrintThem() {
    CalibrationInput input = TEN.input(worked());
    Distribution cycle = TEN.distribution(input, Population.cycle());
    assertThat(cycle.size()).isEqualTo(9);
    assertThat(cycle.shares().get(4)).isCloseTo(3 / 9.0, EXACT);
    assertThat(cycle.deviations().get(2)).isCloseTo(2 / 9.0 - 0.4, EXACT);
    assertThat(cycle.withinTolerance()).isFalse();
    assertThat(cycle).hasToString("the whole cycle: 1 (11 % vs 10 %) / 2 (22 % vs 20 %) / 2 (22 % vs 40 %) / "
        + "1 (11 % vs 20 %) / 3 (33 % vs 10 %), outside tolerance");
    Distribution u1 = TEN.distribution(input, Population.unit(OrgUnitId.of("u1")));
    assertThat(u1.counts()).containsExactly(0, 0, 0, 1, 3);
    Distribution none = TEN.distribution(input, Population.unit(OrgUnitId.of("nobody")));
    assertThat(none.shares()).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0);
    assertThat(none.withinTolerance()).isTrue();
    assertThat(none.toString()).endsWith(", within tolerance");
    MovePlan empty = TEN.suggestMoves(input, Population.unit(OrgUnitId.of("nobody")));
    assertThat(empty.moves()).isEmpty();
    assertThat(empty.feasible()).isTrue();
    assertThat(TEN.distributions(input)).hasSize(4);
  }

  @Test
  void theInputSortsRatingsAndFindsEmployeesAndRaters() {
    CalibrationInput input = TEN.input(List.of(r("b1", "z", 1), r("a1", "y", 2), r("c1", "y", 0)));
    assertThat(input.ratings()).extracting(p -> p.employee().value()).containsExactly("a1", "b1", "c1");
    assertThat(input.raters()).containsExactly(EmployeeId.of("y"), EmployeeId.of("z"));
    assertThat(input.indexOf(EmployeeId.of("b1"))).hasValue(1);
    assertThat(input.indexOf(EmployeeId.of("a1"))).hasValue(0);
    assertThat(input.indexOf(EmployeeId.of("b0"))).isEmpty();
    assertThat(input.indexOf(EmployeeId.of("d1"))).isEmpty();
    assertThat(input.size()).isEqualTo(3);
    assertThat(input.scale()).isEqualTo(CalibrationGens.FIVE);
    assertThat(TEN.scale()).isEqualTo(CalibrationGens.FIVE);
    assertThat(TEN.guideline()).isEqualTo(Guideline.percent(10, 10, 20, 40, 20, 10));
    assertThat(TEN).hasToString("Calibrator[[unsatisfactory, developing, solid, exceeds, outstanding], "
        + "Guideline[shares=[0.1, 0.2, 0.4, 0.2, 0.1], tolerance=0.1]]");
    List<NormalisedRating> rescaled = TEN.normalise(input, NormalisationStrategy.identity());
    assertThat(rescaled).extracting(NormalisedRating::value).containsExactly(3.0, 2.0, 1.0);
    CalibrationReport empty = TEN.calibrate(TEN.input(List.of()));
    assertThat(empty.raterProfiles()).isEmpty();
    assertThat(empty.plan().moves()).isEmpty();
  }

  @Test
  void theInputsRulesAreEachEnforcedWithTheirMessage() {
    List<ProposedRating> withNull = new ArrayList<>();
    withNull.add(r("a", "m", 1));
    withNull.add(null);
    assertThatThrownBy(() -> TEN.input(withNull)).isInstanceOf(NullPointerException.class).hasMessage("ratings[1]");
    assertThatThrownBy(() -> TEN.input(List.of(r("a", "m", 1), r("b", "m", 5))))
        .isInstanceOf(InvalidInputException.class).hasMessage("ratings[1].level was 5: must be a level of the scale, 0 to 4");
    assertThat(TEN.input(List.of(r("a", "m", 4))).size()).isEqualTo(1);
    assertThatThrownBy(() -> TEN.input(List.of(r("b", "m", 1), r("a", "m", 1), r("b", "n", 2))))
        .isInstanceOf(InvalidInputException.class).hasMessage("ratings was b: must rate each employee at most once");
    assertThatThrownBy(() -> TEN.calibrate(CalibrationInput.of(CalibrationGens.THREE, List.of())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("input.scale was [below, meets, above]: must be the calibrator's scale "
            + "[unsatisfactory, developing, solid, exceeds, outstanding]");
    assertThatThrownBy(() -> Calibrator.of(CalibrationGens.THREE, Guideline.percent(10, 10, 20, 40, 20, 10)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("guideline.shares was [0.1, 0.2, 0.4, 0.2, 0.1]: must hold one share per level of the scale "
            + "[below, meets, above]");
  }

  @Test
  void aGuidelinesCountsAndRules() {
    Guideline g = Guideline.percent(10, 10, 20, 40, 20, 10);
    assertThat(g.levels()).isEqualTo(5);
    // 20 people: 40 % ± 10 % is 6 to 10, 10 % ± 10 % is 0 to 4
    assertThat(g.minCount(2, 20)).isEqualTo(6);
    assertThat(g.maxCount(2, 20)).isEqualTo(10);
    assertThat(g.minCount(0, 20)).isEqualTo(0);
    assertThat(g.maxCount(0, 20)).isEqualTo(4);
    assertThat(g.minCount(2, 7)).isEqualTo(3);
    assertThat(g.maxCount(2, 7)).isEqualTo(3);
    assertThat(g.maxCount(2, 1)).isEqualTo(0);
    assertThat(Guideline.percent(50, 50, 50).maxCount(0, 3)).isEqualTo(3);
    assertThat(g.allows(List.of(2, 4, 8, 4, 2))).isTrue();
    assertThat(g.allows(List.of(0, 1, 5, 3, 1))).isTrue(); // at the ends: 0 to 2, 1 to 3, 3 to 5, 1 to 3, 0 to 2
    assertThat(g.allows(List.of(0, 1, 6, 2, 1))).isFalse();
    assertThat(g.allows(List.of(0, 2, 11, 2, 5))).isFalse();
    assertThat(g.allows(List.of(0, 0, 0, 0, 0))).isTrue();
    assertThatThrownBy(() -> g.allows(List.of(1, 2))).isInstanceOf(InvalidInputException.class)
        .hasMessage("counts was [1, 2]: must hold one count per level, 5");
    assertThatThrownBy(() -> g.minCount(5, 10)).isInstanceOf(InvalidInputException.class)
        .hasMessage("level was 5: must be between 0 and 4");
    assertThatThrownBy(() -> g.maxCount(-1, 10)).isInstanceOf(InvalidInputException.class)
        .hasMessage("level was -1: must be between 0 and 4");
    assertThatThrownBy(() -> g.minCount(0, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessage("size was 0: must be 1 or more");
    assertThatThrownBy(() -> g.bandCounts(-1)).isInstanceOf(InvalidInputException.class)
        .hasMessage("size was -1: must be 0 or more");
    assertThatThrownBy(() -> new Guideline(List.of(1.0), 0.1)).isInstanceOf(InvalidInputException.class)
        .hasMessage("shares was [1.0]: must hold at least two levels");
    assertThatThrownBy(() -> new Guideline(List.of(1.5, -0.5), 0.1)).isInstanceOf(InvalidInputException.class)
        .hasMessage("shares[0] was 1.5: must be between 0.0 and 1.0");
    assertThatThrownBy(() -> new Guideline(List.of(0.5, 0.5), 1.5)).isInstanceOf(InvalidInputException.class)
        .hasMessage("tolerance was 1.5: must be between 0.0 and 1.0");
    assertThatThrownBy(() -> Guideline.percent(10, 50, 49)).isInstanceOf(InvalidInputException.class)
        .hasMessage("shares was [0.5, 0.49]: must add up to 1, not 0.99");
    assertThat(new Guideline(List.of(0.5, 0.5 + 1e-10), 0).levels()).isEqualTo(2);
  }

  @Test
  void theValuesRulesAreEachEnforcedWithTheirMessage() {
    Guideline g = Guideline.percent(10, 50, 50);
    assertThatThrownBy(() -> new Distribution(Population.cycle(), List.of(1), g)).isInstanceOf(InvalidInputException.class)
        .hasMessage("counts was [1]: must hold one count per guideline level, 2");
    assertThatThrownBy(() -> new Distribution(Population.cycle(), List.of(1, -1), g))
        .isInstanceOf(InvalidInputException.class).hasMessage("counts[1] was -1: must be 0 or more");
    assertThat(new Distribution(Population.cycle(), List.of(0, 0), g).size()).isZero();
    assertThatThrownBy(() -> new Statistic(1, 0, 0.5, 2)).isInstanceOf(InvalidInputException.class)
        .hasMessage("high was 0.5: must be at least the value 1.0");
    assertThatThrownBy(() -> new Statistic(1, 0, 2, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessage("groupSize was 0: must be 1 or more");
    assertThat(new Statistic(1, 1, 1, 1).clearlyAboveZero()).isTrue();
    assertThat(new Statistic(0, 0, 1, 1).clearlyAboveZero()).isFalse();
    assertThat(new Statistic(0, -1, 0, 1).clearlyBelowZero()).isFalse();
    assertThat(new Statistic(-1, -1, -1, 1).clearlyBelowZero()).isTrue();
    assertThat(new Statistic(-0.5, -0.5, -0.5, 1)).hasToString("-0.50 [-0.50, -0.50] over 1");
    assertThat(new Statistic(12.05, 12.05, 12.05, 1)).hasToString("+12.05 [+12.05, +12.05] over 1");
    Statistic one = new Statistic(0, -1, 1, 1);
    Statistic two = new Statistic(0, -1, 1, 2);
    assertThatThrownBy(() -> new RaterProfile(EmployeeId.of("m"), one, two)).isInstanceOf(InvalidInputException.class)
        .hasMessage("centralTendency.groupSize was 2: must equal leniency.groupSize 1");
    ProposedRating rating = r("a", "m", 2);
    assertThatThrownBy(() -> new SuggestedMove(rating, -1, Optional.empty(), "why"))
        .isInstanceOf(InvalidInputException.class).hasMessage("toLevel was -1: must be a level index, 0 or more");
    assertThatThrownBy(() -> new SuggestedMove(rating, 2, Optional.empty(), "why"))
        .isInstanceOf(InvalidInputException.class).hasMessage("toLevel was 2: must differ from the proposed level");
    assertThat(new SuggestedMove(rating, 0, Optional.empty(), "why").moved()).isEqualTo(r("a", "m", 0));
    Distribution cycle = new Distribution(Population.cycle(), List.of(1, 1), g);
    Distribution unit = new Distribution(Population.unit(OrgUnitId.of("u1")), List.of(1, 1), g);
    assertThatThrownBy(() -> new MovePlan(cycle, List.of(), unit, true)).isInstanceOf(InvalidInputException.class)
        .hasMessage("after.population was unit u1: must be the population before, the whole cycle");
    Distribution bigger = new Distribution(Population.cycle(), List.of(2, 1), g);
    assertThatThrownBy(() -> new MovePlan(cycle, List.of(), bigger, true)).isInstanceOf(InvalidInputException.class)
        .hasMessage("after.size was 3: must be the size before, 2");
  }

  @Test
  void leaningRatersAreMovedFirstTheHighestMeanFirstBeforeAnyRaterWithoutAnEffect() {
    List<ProposedRating> ratings = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ratings.add(r("a" + (10 + i), "a-lenient", i < 10 ? 4 : 3));
      ratings.add(r("z" + (10 + i), "z-lenient", 4));
    }
    // a rater of two at the top: as high a mean as z-lenient's, but no effect can be shown
    ratings.add(r("b10", "b-tiny", 4));
    ratings.add(r("b11", "b-tiny", 4));
    int[] low = {0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 1, 1, 1, 2, 2, 2};
    for (int i = 0; i < low.length; i++) {
      ratings.add(r("s" + (10 + i), "s-spread", low[i]));
    }
    CalibrationInput input = FIVE_POINTS.input(ratings);
    assertThat(FIVE_POINTS.raterEffects(input)).extracting(RaterProfile::effects).containsExactly(
        java.util.Set.of(RaterEffect.LENIENCY), java.util.Set.of(),
        java.util.Set.of(RaterEffect.CENTRAL_TENDENCY, RaterEffect.SEVERITY), java.util.Set.of(RaterEffect.LENIENCY));
    MovePlan plan = FIVE_POINTS.suggestMoves(input, Population.cycle());
    assertThat(plan.after().counts()).containsExactly(3, 9, 22, 14, 8);
    List<String> moved = new ArrayList<>();
    for (int i = 10; i < 22; i++) {
      moved.add("z" + i);
    }
    moved.addAll(List.of("a10", "a11", "a12", "a13"));
    assertThat(plan.moves()).extracting(m -> m.rating().employee().value()).containsExactlyElementsOf(moved);
    assertThat(plan.moves()).extracting(SuggestedMove::toLevel)
        .containsExactly(0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
    assertThat(plan.moves().get(0).reason()).isEqualTo("corrects leniency of rater z-lenient (+1.27 [+0.49, +2.05] over 12); "
        + "level 'outstanding' holds 42.9 % against 10.0 % ± 5.0 %, level 'unsatisfactory' 3.6 % against 10.0 %");
    assertThat(plan.moves().get(15).reason()).isEqualTo("corrects leniency of rater a-lenient (+1.10 [+0.32, +1.88] over 12); "
        + "level 'outstanding' holds 42.9 % against 10.0 % ± 5.0 %, level 'exceeds' 7.1 % against 20.0 %");
  }

  @Test
  void aRaterVaryingByAtMostABillionthOfTheScalesWidthIsOnlyShifted() {
    RatingScale wide = RatingScale.of(List.of(-1e12, 0.0, 1000.0, 1e12), List.of("d", "c", "b", "a"));
    Calibrator calibrator = Calibrator.of(wide, Guideline.percent(10, 25, 25, 25, 25));
    // r's ratings differ by 1000, a standard deviation of 500, under a billionth of the 2e12 width
    CalibrationReport report = calibrator.calibrate(calibrator.input(
        List.of(r("a1", "r", 1), r("a2", "r", 2), r("b1", "q", 0), r("b2", "q", 3))));
    assertThat(report.zScore(0)).isEqualTo(0 - 500 + 250.0);
    assertThat(report.zScore(1)).isEqualTo(1000 - 500 + 250.0);
  }

  @Test
  void everyComputationRefusesAnInputOnAnotherScale() {
    CalibrationInput other = CalibrationInput.of(CalibrationGens.THREE, List.of(r("a", "m", 1)));
    String message = "input.scale was [below, meets, above]: must be the calibrator's scale "
        + "[unsatisfactory, developing, solid, exceeds, outstanding]";
    assertThatThrownBy(() -> TEN.distribution(other, Population.cycle())).hasMessage(message);
    assertThatThrownBy(() -> TEN.distributions(other)).hasMessage(message);
    assertThatThrownBy(() -> TEN.raterEffects(other)).hasMessage(message);
    assertThatThrownBy(() -> TEN.suggestMoves(other, Population.cycle())).hasMessage(message);
    assertThatThrownBy(() -> TEN.normalise(other, NormalisationStrategy.identity())).hasMessage(message);
    assertThat(new Statistic(0.1, 0.1, 0.1, 1)).hasToString("+0.10 [+0.10, +0.10] over 1");
    assertThat(new Statistic(0.09, 0.09, 0.09, 1)).hasToString("+0.09 [+0.09, +0.09] over 1");
  }
}
