package dev.pillars.examples.readme;

// region smart
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.core.smart.*;
import java.time.Clock;
// endregion

/** README's "SMART assessment" snippet. */
public final class SmartSnippet {
  private SmartSnippet() {}

  /**
   * Runs README's SMART snippet.
   *
   * @param goal a goal measured by {@code defectRate}
   * @param graph the alignment graph the goal is in
   * @param defectRate the goal's KPI
   * @param series the KPI's history
   * @param clock the clock of the assessment's date
   * @return the assessment
   */
  public static SmartAssessment assess(Goal goal, AlignmentGraph graph, KpiDefinition defectRate, MeasurementSeries series,
      Clock clock) {
    // region smart
    // goal: a goal measured by defectRate; graph: the alignment graph it is in; series: defectRate's
    // history; clock: the java.time.Clock you pass in
    SmartAssessor assessor = SmartAssessor.of(SmartPolicy.defaults().withMaxHorizonMonths(12), clock);
    SmartContext context = SmartContext.of(graph).withKpi(defectRate, series);
    SmartAssessment assessment = assessor.assess(goal, context);
    assessment.overall();                          // the worst of the five verdicts
    assessment.finding(SmartLetter.ACHIEVABLE);    // e.g. A WARN: needs 1.4 times the historical rate: needs
                                                   // -0.0325 % per week to reach 3.5 % by 2026-12-31, history
                                                   // gives -0.0232 % per week (…)
    // endregion
    return assessment;
  }
}
