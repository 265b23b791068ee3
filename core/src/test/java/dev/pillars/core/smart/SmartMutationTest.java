package dev.pillars.core.smart;

import static dev.pillars.core.smart.Fixtures.CLOCK;
import static dev.pillars.core.smart.Fixtures.DUE_26_WEEKS_ON;
import static dev.pillars.core.smart.Fixtures.TODAY;
import static dev.pillars.core.smart.Fixtures.assessor;
import static dev.pillars.core.smart.Fixtures.goal;
import static dev.pillars.core.smart.Fixtures.line;
import static dev.pillars.core.smart.Fixtures.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.core.kpi.Trend;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SMART findings at their exact boundaries (ratios met to the last bit, R² equal to the policy's,
 * 62 days, 10^15) and the wording of each frequency, band and count: what PIT found unasserted.
 */
class SmartMutationTest {
  private static final KpiId OUTPUT = KpiId.of("units-per-hour");

  private static KpiDefinition output(Frequency frequency) {
    return KpiDefinition.builder()
        .id(OUTPUT)
        .name("Output")
        .unit("u")
        .direction(Direction.HIGHER_IS_BETTER)
        .aggregation(Aggregation.MEAN)
        .frequency(frequency)
        .build();
  }

  /** 26 weekly values 40, 40.5, 41, ...: a line of slope 0.5 a week that stands at 52.5 on its last week. */
  private static SmartContext risingHalfAWeek() {
    return SmartContext.empty().withKpi(output(Frequency.WEEKLY), line(OUTPUT, 26, 40, 0.5));
  }

  private static Goal reach(double target) {
    return goal("g").measure(GoalMeasure.kpi(OUTPUT, KpiTarget.of(40, target))).due(DUE_26_WEEKS_ON).build();
  }

  private static SmartFinding achievable(SmartAssessor assessor, Goal goal, SmartContext context) {
    return assessor.assess(goal, context).finding(SmartLetter.ACHIEVABLE);
  }

  @Test
  void aRequiredRateExactlyAtThePassRatioPasses() {
    // 52.5 + 26 weeks x 0.5 = 65.5: the required rate is the historical one, ratio exactly 1
    SmartFinding f = achievable(assessor(), reach(65.5), risingHalfAWeek());
    assertThat(f.verdict()).isEqualTo(Verdict.PASS);
    assertThat(f.reason()).startsWith("the trend delivers it: needs +0.5 u per week to reach 65.5 u by 2026-12-28");
    assertThat(achievable(assessor(), reach(65.6), risingHalfAWeek()).verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void aRequiredRateExactlyAtTheWarnRatioWarns() {
    // 52.5 + 26 weeks x 1.0 = 78.5: exactly twice the historical rate, the default warn ratio
    SmartFinding f = achievable(assessor(), reach(78.5), risingHalfAWeek());
    assertThat(f.verdict()).isEqualTo(Verdict.WARN);
    assertThat(f.reason()).startsWith("needs 2 times the historical rate: needs +1 u per week");
    assertThat(achievable(assessor(), reach(78.6), risingHalfAWeek()).verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void aTrendWhoseRSquaredEqualsThePolicyMinimumIsClear() {
    // a rising zigzag: its line explains part of the variation, and the policy asks exactly that much
    MeasurementSeries zigzag = weekly(OUTPUT, 26, i -> 40 + 0.5 * i + (i % 2 == 0 ? 0 : 3));
    double rSquared = Trend.of(output(Frequency.WEEKLY), zigzag).orElseThrow().rSquared();
    assertThat(rSquared).isStrictlyBetween(0.3, 1.0);
    SmartContext context = SmartContext.empty().withKpi(output(Frequency.WEEKLY), zigzag);
    SmartAssessor exact = SmartAssessor.of(SmartPolicy.defaults().withMinRSquared(rSquared), CLOCK);
    assertThat(achievable(exact, reach(60), context).reason()).startsWith("the trend delivers it: ");
    SmartAssessor stricter = SmartAssessor.of(SmartPolicy.defaults().withMinRSquared(Math.nextUp(rSquared)), CLOCK);
    assertThat(achievable(stricter, reach(60), context).reason()).startsWith("no clear trend");
  }

  @Test
  void theRatesAreNamedPerStepOfTheKpisFrequency() {
    assertThat(rateWording(Frequency.DAILY, LocalDate.of(2026, 6, 1), 1)).contains(" u per day to reach ", "history gives +1 u per day");
    assertThat(rateWording(Frequency.MONTHLY, LocalDate.of(2025, 6, 1), 1)).contains(" u per month to reach ");
    assertThat(rateWording(Frequency.QUARTERLY, LocalDate.of(2024, 10, 1), 1)).contains(" u per quarter to reach ");
    assertThat(rateWording(Frequency.YEARLY, LocalDate.of(2019, 1, 1), 1)).contains(" u per year to reach ");
  }

  /** The achievable finding for a KPI of a frequency whose 6 values from {@code first} rise by 1 a step. */
  private static String rateWording(Frequency frequency, LocalDate first, double perStep) {
    List<Measurement> history = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      LocalDate on = step(frequency, first, i);
      history.add(Measurement.of(OUTPUT, on, on.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), 10 + perStep * i));
    }
    SmartContext context = SmartContext.empty().withKpi(output(frequency), MeasurementSeries.of(OUTPUT, history));
    return achievable(assessor(), goal("g").measure(GoalMeasure.kpi(OUTPUT, KpiTarget.of(10, 20))).build(), context).reason();
  }

  private static LocalDate step(Frequency frequency, LocalDate first, int i) {
    switch (frequency) {
      case DAILY:
        return first.plusDays(i);
      case MONTHLY:
        return first.plusMonths(i);
      case QUARTERLY:
        return first.plusMonths(3L * i);
      default:
        return first.plusYears(i);
    }
  }

  @Test
  void aBandTargetIsDescribedByItsBandAndBaseline() {
    Goal band = goal("g").measure(GoalMeasure.kpi(OUTPUT, KpiTarget.within(2, 3, 6))).build();
    assertThat(assessor().assess(band).finding(SmartLetter.MEASURABLE).reason())
        .isEqualTo("measured by KPI units-per-hour, into the band [2, 3] from 6");
    assertThat(assessor().assess(reach(48)).finding(SmartLetter.MEASURABLE).reason())
        .isEqualTo("measured by KPI units-per-hour, from 40 to 48");
  }

  @Test
  void aChecklistOfOneMilestoneIsNamedInTheSingular() {
    Goal one = goal("g").measure(GoalMeasure.milestones(List.of(new Milestone("ship", true)))).build();
    assertThat(assessor().assess(one).finding(SmartLetter.MEASURABLE).reason()).isEqualTo("a checklist of 1 milestone, 1 done");
  }

  @Test
  void aDueDateSaysDaysUpTo61AndMonthsFrom62() {
    assertThat(timeBound(TODAY.plusDays(1))).isEqualTo("due on 2026-07-07, in 1 day");
    assertThat(timeBound(TODAY.plusDays(61))).isEqualTo("due on 2026-09-05, in 61 days");
    assertThat(timeBound(TODAY.plusDays(62))).isEqualTo("due on 2026-09-06, in 2 months");
  }

  private static String timeBound(LocalDate due) {
    return assessor().assess(goal("g").due(due).build()).finding(SmartLetter.TIME_BOUND).reason();
  }

  @Test
  void numbersFrom10To15OnAreWrittenWithThreeDigitsAndAnExponent() {
    assertThat(Findings.number(1e15)).isEqualTo("1.00E+15");
    assertThat(Findings.number(-1e15)).isEqualTo("-1.00E+15");
    assertThat(Findings.number(999_999_999_999_999.0)).isEqualTo("999999999999999");
    assertThat(Findings.number(0.012345)).isEqualTo("0.0123");
    assertThat(Findings.number(0)).isEqualTo("0");
  }

  @Test
  void contextsHashAsTheyCompareAndNameTheirKpis() {
    SmartContext one = risingHalfAWeek();
    SmartContext same = SmartContext.empty().withKpi(output(Frequency.WEEKLY), line(OUTPUT, 26, 40, 0.5));
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(one.hashCode()).isNotEqualTo(SmartContext.empty().hashCode());
    assertThat(one).hasToString("SmartContext[alignment=null, kpis=[units-per-hour]]");
    assertThat(SmartContext.empty()).hasToString("SmartContext[alignment=null, kpis=[]]");
  }
}
