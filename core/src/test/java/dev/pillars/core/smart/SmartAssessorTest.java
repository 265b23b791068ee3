package dev.pillars.core.smart;

import static dev.pillars.core.smart.Fixtures.CLOCK;
import static dev.pillars.core.smart.Fixtures.DUE_26_WEEKS_ON;
import static dev.pillars.core.smart.Fixtures.KPI;
import static dev.pillars.core.smart.Fixtures.TODAY;
import static dev.pillars.core.smart.Fixtures.assessor;
import static dev.pillars.core.smart.Fixtures.definition;
import static dev.pillars.core.smart.Fixtures.goal;
import static dev.pillars.core.smart.Fixtures.line;
import static dev.pillars.core.smart.Fixtures.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.Period;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.MeasurementSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SmartAssessorTest {

  private static SmartFinding finding(Goal goal, SmartLetter letter) {
    return assessor().assess(goal).finding(letter);
  }

  private static SmartFinding finding(Goal goal, SmartContext context, SmartLetter letter) {
    return assessor().assess(goal, context).finding(letter);
  }

  @Test
  void anAssessmentHoldsFiveFindingsInLetterOrderDatedByTheClock() {
    SmartAssessment assessment = assessor().assess(goal("g").build());
    assertThat(assessment.findings()).extracting(SmartFinding::letter).containsExactly(SmartLetter.values());
    assertThat(assessment.assessedOn()).isEqualTo(TODAY);
    assertThat(assessment.goal()).isEqualTo(GoalId.of("g"));
  }

  @Nested
  class Specific {
    @Test
    void aTitleThatNamesANumberPasses() {
      SmartFinding f = finding(goal("g").title("Cut scrap on line 3 by 20 %").build(), SmartLetter.SPECIFIC);
      assertThat(f.verdict()).isEqualTo(Verdict.PASS);
      assertThat(f.reason()).isEqualTo("7 words in the title, names a number");
    }

    @Test
    void aVagueWordWithNoNumberAndNoKpiWarns() {
      SmartFinding f =
          finding(goal("g").title("Improve production quality").measure(GoalMeasure.derived()).build(), SmartLetter.SPECIFIC);
      assertThat(f.verdict()).isEqualTo(Verdict.WARN);
      assertThat(f.reason()).startsWith("says \"improve\" but names no number and no KPI measures it");
    }

    @Test
    void vagueWordsAreFoundWhateverTheirCaseAndInTheDescription() {
      assertThat(finding(goal("g").title("IMPROVE production quality").build(), SmartLetter.SPECIFIC).reason())
          .contains("\"improve\"");
      SmartFinding f =
          finding(goal("g").title("Run the assembly line").description("Make it better").build(), SmartLetter.SPECIFIC);
      assertThat(f.verdict()).isEqualTo(Verdict.WARN);
      assertThat(f.reason()).contains("\"better\"");
    }

    @Test
    void aNumberInTheDescriptionOrAKpiMeasureMakesAVagueTitleSpecific() {
      assertThat(
              finding(
                      goal("g").title("Improve production quality").description("Defects from 5 % to 3.5 %").build(),
                      SmartLetter.SPECIFIC)
                  .verdict())
          .isEqualTo(Verdict.PASS);
      SmartFinding kpi =
          finding(
              goal("g").title("Improve the defect rate").measure(GoalMeasure.kpi(KPI, KpiTarget.of(5, 3.5))).build(),
              SmartLetter.SPECIFIC);
      assertThat(kpi.verdict()).isEqualTo(Verdict.PASS);
      assertThat(kpi.reason()).isEqualTo("4 words in the title, measured by a KPI");
    }

    @Test
    void aShortTitleWarnsWithADescriptionAndFailsWithout() {
      SmartFinding described =
          finding(goal("g").title("Scrap down").description("Scrap on line 3 from 4 % to 3 %").build(), SmartLetter.SPECIFIC);
      assertThat(described.verdict()).isEqualTo(Verdict.WARN);
      assertThat(described.reason()).startsWith("the title has 2 words, fewer than the 3 the policy asks for");
      SmartFinding bare = finding(goal("g").title("Quality").build(), SmartLetter.SPECIFIC);
      assertThat(bare.verdict()).isEqualTo(Verdict.FAIL);
      assertThat(bare.reason()).isEqualTo("the title has 1 word, fewer than the 3 the policy asks for, and there is no description");
    }

    @Test
    void tokensWithoutLettersOrDigitsAreNotWords() {
      assertThat(finding(goal("g").title("Scrap - down !").build(), SmartLetter.SPECIFIC).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void thePolicyDecidesTheTitleLengthAndTheVagueWords() {
      Goal goal = goal("g").title("Quality").build();
      SmartAssessor lenient = SmartAssessor.of(SmartPolicy.defaults().withMinTitleWords(1), CLOCK);
      assertThat(lenient.assess(goal).verdict(SmartLetter.SPECIFIC)).isEqualTo(Verdict.PASS);
      SmartAssessor strict = SmartAssessor.of(SmartPolicy.defaults().withMinTitleWords(1).withVagueWords(Set.of("quality")), CLOCK);
      assertThat(strict.assess(goal).verdict(SmartLetter.SPECIFIC)).isEqualTo(Verdict.WARN);
      SmartAssessor none = SmartAssessor.of(SmartPolicy.defaults().withVagueWords(Set.of()), CLOCK);
      assertThat(none.assess(goal("g").title("Improve production quality").build()).verdict(SmartLetter.SPECIFIC))
          .isEqualTo(Verdict.PASS);
    }
  }

  @Nested
  class Measurable {
    @Test
    void aKpiTargetPassesAndNamesTheKpi() {
      Goal goal = goal("g").measure(GoalMeasure.kpi(KPI, KpiTarget.of(5, 3.5))).build();
      assertThat(finding(goal, SmartLetter.MEASURABLE))
          .isEqualTo(new SmartFinding(SmartLetter.MEASURABLE, Verdict.PASS, "measured by KPI defect-rate, from 5 to 3.5"));
      SmartContext context = SmartContext.empty().withKpi(definition(KPI, Direction.LOWER_IS_BETTER), line(KPI, 3, 5, -0.1));
      assertThat(finding(goal, context, SmartLetter.MEASURABLE).reason())
          .isEqualTo("measured by KPI defect-rate (Defect rate, %), from 5 to 3.5");
    }

    @Test
    void aMilestoneChecklistPasses() {
      Goal goal =
          goal("g")
              .measure(GoalMeasure.milestones(List.of(Milestone.open("a"), new Milestone("b", true), Milestone.open("c"))))
              .build();
      assertThat(finding(goal, SmartLetter.MEASURABLE))
          .isEqualTo(new SmartFinding(SmartLetter.MEASURABLE, Verdict.PASS, "a checklist of 3 milestones, 1 done"));
    }

    @Test
    void manualProgressWarnsAsSelfReported() {
      SmartFinding f = finding(goal("g").measure(GoalMeasure.manual(0.4)).build(), SmartLetter.MEASURABLE);
      assertThat(f.verdict()).isEqualTo(Verdict.WARN);
      assertThat(f.reason()).isEqualTo("manual progress (now 40 %) is only self-reported: no KPI or checklist confirms it");
    }

    @Test
    void aDerivedGoalPassesOnlyWithGoalsAlignedUnderIt() {
      Goal parent = goal("parent").level(GoalLevel.UNIT).measure(GoalMeasure.derived()).build();
      Goal child = goal("child").build();
      AlignmentGraph empty = AlignmentGraph.builder().addGoal(parent).addGoal(child).build();
      AlignmentGraph linked = empty.toBuilder().addLink(child.id(), parent.id(), 1).build();
      assertThat(finding(parent, SmartContext.of(linked), SmartLetter.MEASURABLE))
          .isEqualTo(new SmartFinding(SmartLetter.MEASURABLE, Verdict.PASS, "derived from 1 aligned goal"));
      SmartFinding none = finding(parent, SmartContext.of(empty), SmartLetter.MEASURABLE);
      assertThat(none.verdict()).isEqualTo(Verdict.FAIL);
      assertThat(none.reason()).contains("none is");
      SmartFinding unknown = finding(parent, SmartLetter.MEASURABLE);
      assertThat(unknown.verdict()).isEqualTo(Verdict.WARN);
      assertThat(unknown.reason()).contains("no alignment graph was given");
    }
  }

  @Nested
  class Achievable {
    private final SmartContext lowerBetter =
        SmartContext.empty().withKpi(definition(KPI, Direction.LOWER_IS_BETTER), line(KPI, 26, 5.0, -0.02));

    /** A defect-rate goal due 26 weeks after the last of 26 weekly values that fall 0.02 a week to 4.5. */
    private Goal defects(double target) {
      return goal("g").measure(GoalMeasure.kpi(KPI, KpiTarget.of(5.0, target))).due(DUE_26_WEEKS_ON).build();
    }

    @Test
    void aGoalNotMeasuredByAKpiPasses() {
      SmartFinding f = finding(goal("g").build(), SmartLetter.ACHIEVABLE);
      assertThat(f.verdict()).isEqualTo(Verdict.PASS);
      assertThat(f.reason()).startsWith("not measured by a KPI");
    }

    @Test
    void aKpiGoalWithoutHistoryWarns() {
      SmartFinding f = finding(defects(3.5), SmartLetter.ACHIEVABLE);
      assertThat(f.verdict()).isEqualTo(Verdict.WARN);
      assertThat(f.reason()).startsWith("no measurement history of KPI defect-rate was given");
    }

    @Test
    void aHistoryForAnotherKpiIsNotUsed() {
      KpiId other = KpiId.of("scrap-rate");
      SmartContext context = SmartContext.empty().withKpi(definition(other, Direction.LOWER_IS_BETTER), line(other, 26, 5, -0.1));
      assertThat(finding(defects(3.5), context, SmartLetter.ACHIEVABLE).verdict()).isEqualTo(Verdict.WARN);
    }

    @Test
    void aShortHistoryWarns() {
      SmartContext context = SmartContext.empty().withKpi(definition(KPI, Direction.LOWER_IS_BETTER), line(KPI, 5, 5.0, -0.02));
      SmartFinding f = finding(defects(3.5), context, SmartLetter.ACHIEVABLE);
      assertThat(f.verdict()).isEqualTo(Verdict.WARN);
      assertThat(f.reason()).isEqualTo("history too short: 5 measurements of KPI defect-rate, the policy trusts a trend from 6");
      SmartContext one = SmartContext.empty().withKpi(definition(KPI, Direction.LOWER_IS_BETTER), line(KPI, 1, 5.0, 0));
      assertThat(finding(defects(3.5), one, SmartLetter.ACHIEVABLE).reason()).startsWith("history too short: 1 measurement ");
      SmartAssessor trusting = SmartAssessor.of(SmartPolicy.defaults().withMinHistoryPoints(5), CLOCK);
      assertThat(trusting.assess(defects(4.4), context).verdict(SmartLetter.ACHIEVABLE)).isNotEqualTo(Verdict.WARN);
    }

    @Test
    void aTargetTheTrendAlreadyDeliversPassesAndNamesTheRates() {
      // needs (4.0 - 4.5) / 26 = -0.0192 a week; the trend gives -0.02
      SmartFinding f = finding(defects(4.0), lowerBetter, SmartLetter.ACHIEVABLE);
      assertThat(f.verdict()).isEqualTo(Verdict.PASS);
      assertThat(f.reason())
          .isEqualTo(
              "the trend delivers it: needs -0.0192 % per week to reach 4 % by 2026-12-28, history gives -0.02 % per"
                  + " week (the trend line explains 100 % of the variation in 26 points)");
    }

    @Test
    void aTargetNeedingUpToTheWarnRatioWarns() {
      // needs (3.5 - 4.5) / 26 = -0.0385 a week: 1.92 times the trend
      SmartFinding f = finding(defects(3.5), lowerBetter, SmartLetter.ACHIEVABLE);
      assertThat(f.verdict()).isEqualTo(Verdict.WARN);
      assertThat(f.reason()).startsWith("needs 1.92 times the historical rate: needs -0.0385 % per week");
    }

    @Test
    void aTargetNeedingMoreThanTheWarnRatioFails() {
      // needs (3.0 - 4.5) / 26 = -0.0577 a week: 2.88 times the trend
      SmartFinding f = finding(defects(3.0), lowerBetter, SmartLetter.ACHIEVABLE);
      assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
      assertThat(f.reason()).startsWith("needs 2.88 times the historical rate, more than the 2 the policy allows");
    }

    @Test
    void thePolicyRatiosMoveTheVerdicts() {
      SmartAssessor generous = SmartAssessor.of(SmartPolicy.defaults().withRatios(2, 3), CLOCK);
      assertThat(generous.assess(defects(3.5), lowerBetter).verdict(SmartLetter.ACHIEVABLE)).isEqualTo(Verdict.PASS);
      assertThat(generous.assess(defects(3.0), lowerBetter).verdict(SmartLetter.ACHIEVABLE)).isEqualTo(Verdict.WARN);
    }

    @Test
    void aKpiAlreadyAtItsTargetPasses() {
      SmartFinding f = finding(defects(4.6), lowerBetter, SmartLetter.ACHIEVABLE);
      assertThat(f.verdict()).isEqualTo(Verdict.PASS);
      assertThat(f.reason()).isEqualTo("the trend line stands at 4.5 % on 2026-06-29, already at or beyond the target 4.6 %");
    }

    @Test
    void noTimeLeftBeforeTheDueDateFails() {
      Goal early = goal("g").measure(GoalMeasure.kpi(KPI, KpiTarget.of(5.0, 4.0))).due(LocalDate.of(2026, 3, 31)).build();
      SmartFinding f = finding(early, lowerBetter, SmartLetter.ACHIEVABLE);
      assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
      assertThat(f.reason()).endsWith("and the goal was due on 2026-03-31: no time is left");
    }

    @Test
    void aTargetAcrossTheWholeRangeOfADoubleGetsAFiniteRequiredRate() {
      double max = Double.MAX_VALUE;
      SmartContext high = SmartContext.empty().withKpi(
          definition(KPI, Direction.LOWER_IS_BETTER), weekly(KPI, 26, i -> max * 0.9 - 1e300 * i));
      Goal goal = goal("g").measure(GoalMeasure.kpi(KPI, KpiTarget.of(0, -max))).due(DUE_26_WEEKS_ON).build();
      SmartFinding f = finding(goal, high, SmartLetter.ACHIEVABLE);
      assertThat(f.reason())
          .doesNotContain("Infinity")
          .startsWith("needs 13136987 times the historical rate, more than the 2 the policy allows: needs -1.31E+307 %"
              + " per week to reach -1.80E+308 % by 2026-12-28, history gives -1.00E+300 % per week");
      assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aFlatOrUnclearTrendWarns() {
      SmartContext flat = SmartContext.empty().withKpi(definition(KPI, Direction.LOWER_IS_BETTER), line(KPI, 26, 5.0, 0));
      SmartFinding f = finding(defects(4.0), flat, SmartLetter.ACHIEVABLE);
      assertThat(f.verdict()).isEqualTo(Verdict.WARN);
      assertThat(f.reason()).startsWith("no clear trend (it explains less than 30 % of the variation, or is flat)").contains("history gives 0 % per week");
      // alternating values with a tiny drift: the line explains almost nothing
      MeasurementSeries zigzag = weekly(KPI, 26, i -> (i % 2 == 0 ? 5.0 : 4.0) - 0.001 * i);
      SmartContext noisy = SmartContext.empty().withKpi(definition(KPI, Direction.LOWER_IS_BETTER), zigzag);
      assertThat(finding(defects(4.0), noisy, SmartLetter.ACHIEVABLE).verdict()).isEqualTo(Verdict.WARN);
      SmartAssessor anyTrend = SmartAssessor.of(SmartPolicy.defaults().withMinRSquared(0), CLOCK);
      assertThat(anyTrend.assess(defects(4.0), noisy).verdict(SmartLetter.ACHIEVABLE)).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aClearTrendTheWrongWayFails() {
      SmartContext rising = SmartContext.empty().withKpi(definition(KPI, Direction.LOWER_IS_BETTER), line(KPI, 26, 5.0, 0.01));
      SmartFinding f = finding(defects(4.0), rising, SmartLetter.ACHIEVABLE);
      assertThat(f.verdict()).isEqualTo(Verdict.FAIL);
      assertThat(f.reason()).startsWith("the trend goes the wrong way: ").contains("history gives +0.01 % per week");
    }

    @Test
    void aHigherIsBetterKpiIsJudgedUpwards() {
      KpiId output = KpiId.of("units-per-hour");
      SmartContext context = SmartContext.empty().withKpi(definition(output, Direction.HIGHER_IS_BETTER), line(output, 26, 40, 0.2));
      // the line reaches 45 on 2026-06-29; 48 by 2026-12-28 needs 3 / 26 = 0.115 a week
      Goal goal = goal("g").measure(GoalMeasure.kpi(output, KpiTarget.of(40, 48))).due(DUE_26_WEEKS_ON).build();
      SmartFinding f = finding(goal, context, SmartLetter.ACHIEVABLE);
      assertThat(f.verdict()).isEqualTo(Verdict.PASS);
      assertThat(f.reason()).contains("needs +0.115 % per week to reach 48 %", "history gives +0.2 % per week");
    }

    @Test
    void aWithinRangeKpiAimsAtTheNearerEndOfTheBand() {
      KpiId temperature = KpiId.of("oven-temperature");
      SmartContext context =
          SmartContext.empty().withKpi(definition(temperature, Direction.WITHIN_RANGE), line(temperature, 26, 6.0, -0.1));
      // the line reaches 3.5 on 2026-06-29; the band's upper end 3 by 2026-12-28 needs 0.5 / 26 = 0.0192 a week
      Goal goal = goal("g").measure(GoalMeasure.kpi(temperature, KpiTarget.within(2, 3, 6))).due(DUE_26_WEEKS_ON).build();
      SmartFinding f = finding(goal, context, SmartLetter.ACHIEVABLE);
      assertThat(f.verdict()).isEqualTo(Verdict.PASS);
      assertThat(f.reason()).contains("needs -0.0192 % per week to reach 3 %");
      SmartContext inside =
          SmartContext.empty().withKpi(definition(temperature, Direction.WITHIN_RANGE), line(temperature, 26, 5.0, -0.1));
      assertThat(finding(goal, inside, SmartLetter.ACHIEVABLE).reason()).endsWith("already at or beyond the band [2, 3]");
      SmartContext below =
          SmartContext.empty().withKpi(definition(temperature, Direction.WITHIN_RANGE), line(temperature, 26, 0.0, 0.01));
      Goal fromBelow = goal("g").measure(GoalMeasure.kpi(temperature, KpiTarget.within(2, 3, 0))).due(DUE_26_WEEKS_ON).build();
      // from 0.25 up to 2 needs 1.75 / 26 = 0.0673 a week, 6.7 times the trend
      assertThat(finding(fromBelow, below, SmartLetter.ACHIEVABLE).reason()).startsWith("needs 6.73 times the historical rate");
    }
  }

  @Nested
  class Relevant {
    private final Goal objective = goal("quality").level(GoalLevel.ORGANISATION).measure(GoalMeasure.derived()).build();
    private final Goal plant = goal("plant").level(GoalLevel.UNIT).measure(GoalMeasure.derived()).build();
    private final Goal island = goal("island").level(GoalLevel.UNIT).measure(GoalMeasure.derived()).build();
    private final Goal ana = goal("ana").build();
    private final Goal ben = goal("ben").build();
    private final Goal cleo = goal("cleo").build();
    private final AlignmentGraph graph =
        AlignmentGraph.builder()
            .addGoals(List.of(objective, plant, island, ana, ben, cleo))
            .addLink(plant.id(), objective.id(), 1)
            .addLink(ana.id(), plant.id(), 1)
            .addLink(ben.id(), island.id(), 1)
            .build();

    @Test
    void anObjectiveIsRelevantByDefinition() {
      assertThat(finding(objective, SmartLetter.RELEVANT))
          .isEqualTo(new SmartFinding(SmartLetter.RELEVANT, Verdict.PASS, "an organisation objective: relevant by definition"));
    }

    @Test
    void withoutAGraphAGoalBelowTheObjectiveWarns() {
      SmartFinding f = finding(ana, SmartLetter.RELEVANT);
      assertThat(f.verdict()).isEqualTo(Verdict.WARN);
      assertThat(f.reason()).startsWith("no alignment graph was given");
    }

    @Test
    void aGoalThatReachesAnObjectivePassesAndNamesThePath() {
      assertThat(finding(ana, SmartContext.of(graph), SmartLetter.RELEVANT))
          .isEqualTo(new SmartFinding(SmartLetter.RELEVANT, Verdict.PASS, "serves objective quality via ana -> plant -> quality"));
    }

    @Test
    void aGoalAlignedOnlyToGoalsThatReachNoObjectiveWarns() {
      SmartFinding f = finding(ben, SmartContext.of(graph), SmartLetter.RELEVANT);
      assertThat(f.verdict()).isEqualTo(Verdict.WARN);
      assertThat(f.reason()).isEqualTo("aligned to [island], but no chain of links reaches an organisation objective");
    }

    @Test
    void anOrphanFails() {
      assertThat(finding(cleo, SmartContext.of(graph), SmartLetter.RELEVANT).verdict()).isEqualTo(Verdict.FAIL);
      assertThat(finding(island, SmartContext.of(graph), SmartLetter.RELEVANT).reason()).startsWith("aligned to nothing");
    }
  }

  @Nested
  class TimeBound {
    @Test
    void anOpenGoalPastItsDueDateFails() {
      Goal active = goal("g").due(LocalDate.of(2026, 7, 1)).build();
      assertThat(finding(active, SmartLetter.TIME_BOUND))
          .isEqualTo(
              new SmartFinding(
                  SmartLetter.TIME_BOUND,
                  Verdict.FAIL,
                  "due on 2026-07-01, 5 days ago, and still ACTIVE: close it or agree a new due date"));
      Goal draft = goal("g").due(LocalDate.of(2026, 7, 5)).status(GoalStatus.DRAFT).build();
      assertThat(finding(draft, SmartLetter.TIME_BOUND).reason()).startsWith("due on 2026-07-05, 1 day ago, and still DRAFT");
    }

    @Test
    void aClosedGoalPastItsDueDatePasses() {
      Goal achieved = goal("g").due(LocalDate.of(2026, 7, 1)).status(GoalStatus.ACHIEVED).build();
      assertThat(finding(achieved, SmartLetter.TIME_BOUND))
          .isEqualTo(new SmartFinding(SmartLetter.TIME_BOUND, Verdict.PASS, "closed as ACHIEVED; it was due on 2026-07-01"));
    }

    @Test
    void aDueDateBeyondTheHorizonWarns() {
      Period twoYears = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 6, 30));
      Goal far = goal("g").period(twoYears).build();
      assertThat(finding(far, SmartLetter.TIME_BOUND))
          .isEqualTo(
              new SmartFinding(
                  SmartLetter.TIME_BOUND,
                  Verdict.WARN,
                  "due on 2028-06-30, 23 months away: beyond the 18-month horizon (2028-01-06); set nearer milestones or goals"));
      SmartAssessor patient = SmartAssessor.of(SmartPolicy.defaults().withMaxHorizonMonths(24), CLOCK);
      assertThat(patient.assess(far).verdict(SmartLetter.TIME_BOUND)).isEqualTo(Verdict.PASS);
    }

    @Test
    void theHorizonEndIsStillInside() {
      Period twoYears = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 6, 30));
      assertThat(finding(goal("g").period(twoYears).due(LocalDate.of(2028, 1, 6)).build(), SmartLetter.TIME_BOUND).verdict())
          .isEqualTo(Verdict.PASS);
      assertThat(finding(goal("g").period(twoYears).due(LocalDate.of(2028, 1, 7)).build(), SmartLetter.TIME_BOUND).verdict())
          .isEqualTo(Verdict.WARN);
    }

    @Test
    void aDueDateWithinTheHorizonPassesAndSaysWhen() {
      assertThat(finding(goal("g").build(), SmartLetter.TIME_BOUND).reason()).isEqualTo("due on 2026-12-31, in 5 months");
      assertThat(finding(goal("g").due(LocalDate.of(2026, 7, 20)).build(), SmartLetter.TIME_BOUND).reason())
          .isEqualTo("due on 2026-07-20, in 14 days");
      assertThat(finding(goal("g").due(TODAY).build(), SmartLetter.TIME_BOUND))
          .isEqualTo(new SmartFinding(SmartLetter.TIME_BOUND, Verdict.PASS, "due on 2026-07-06, today"));
    }
  }
}
